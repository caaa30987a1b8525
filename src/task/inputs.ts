/**
 * Task inputs: the task file's `inputs`, then `--inputs <file|->`, then `--set name=value` (later wins).
 * `--set` values are typed as YAML scalars (3 → number, true → boolean, [1,2] → list, "3" → string).
 *
 * `--set` is shared with the config layer: a path under a PluginConfig section (resourceQuotas.,
 * readRateLimiter., writeRateLimiter., caching., webApi., plugins.<id>.webApi.) is a config override; `input.<name>=...` is always an
 * input; anything else is an input.
 */
import { parse as parseYaml } from 'yaml';
import type { Inputs } from '../plugin/context.js';
import { closest } from '../util/suggest.js';
import { TaskInputError } from './errors.js';
import { parseTaskSource, readTaskSource } from './parse.js';

export const CONFIG_SET_PREFIXES = ['resourceQuotas.', 'readRateLimiter.', 'writeRateLimiter.', 'caching.', 'webApi.'] as const;

/** Is this --set path a PluginConfig path (global, `webApi.` or `plugins.<id>.webApi.`)? */
export function isConfigSetPath(key: string): boolean {
  return CONFIG_SET_PREFIXES.some((p) => key.startsWith(p)) || /^plugins\.[^.]+\.webApi\./.test(key);
}

export interface SetArg {
  /** As typed, e.g. "n=3". */
  raw: string;
  /** Dotted path without the `input.` prefix. */
  path: string;
  /** The text after "=". */
  text: string;
}

/** Split `--set` arguments into config overrides and input overrides. */
export function splitSetArgs(args: readonly string[]): { config: string[]; inputs: SetArg[] } {
  const config: string[] = [];
  const inputs: SetArg[] = [];
  for (const raw of args) {
    const eq = raw.indexOf('=');
    if (eq <= 0) {
      throw new TaskInputError(
        {
          message: `--set expects name=value, got "${raw}"`,
          location: '--set',
          hint: 'examples: --set n=3 (input n), --set input.query="select 1", --set caching.resyncInterval=1s (config)',
        },
        'inputs',
      );
    }
    const key = raw.slice(0, eq).trim();
    if (isConfigSetPath(key)) {
      config.push(raw);
      continue;
    }
    const path = key.replace(/^inputs?\./, '');
    if (!path) throw new TaskInputError({ message: `--set "${raw}" names no input`, location: '--set' }, 'inputs');
    inputs.push({ raw, path, text: raw.slice(eq + 1) });
  }
  return { config, inputs };
}

/** YAML scalar typing for a --set value. */
export function typeSetValue(text: string): unknown {
  if (text === '') return '';
  try {
    return parseYaml(text);
  } catch {
    return text;
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const k = parts[i]!;
    const next = cur[k];
    if (!next || typeof next !== 'object' || Array.isArray(next)) cur[k] = {};
    cur = cur[k] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1]!] = value;
}

/** Read an inputs file (YAML or JSON mapping); `-` reads `stdinText`. */
export function loadInputsFile(spec: string, cwd: string, stdinText?: () => string): Inputs {
  const source = spec === '-' ? parseTaskSource(stdinText ? stdinText() : '', '<stdin>', cwd, 'inputs file') : readTaskSource(spec, cwd, 'inputs file');
  const value = source.data;
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new TaskInputError(
      source.problemAt(source.locate([]), `the inputs file must be a mapping of input names to values, got ${Array.isArray(value) ? 'a list' : typeof value}`),
      'inputs file',
    );
  }
  return value as Inputs;
}

export interface InputSources {
  fromTask?: Inputs;
  fromFile?: Inputs;
  sets?: readonly SetArg[];
}

/** Merge in order task file < --inputs < --set (shallow per input name; --set paths may be dotted). */
export function mergeInputs(src: InputSources): Inputs {
  const out: Inputs = { ...(src.fromTask ?? {}), ...(src.fromFile ?? {}) };
  for (const s of src.sets ?? []) setPath(out, s.path, typeSetValue(s.text));
  return out;
}

/**
 * `--set` inputs whose name is not an input of the task but close to one (`--set nmae=Ada` for `name`):
 * one warning each, with the suggestion. `known` are the task's inputs (its `inputs:` and its declared
 * interface). Names that are close to nothing are new inputs, as intended.
 */
export function misspeltSetInputs(sets: readonly SetArg[], known: readonly string[]): { arg: string; name: string; suggestion: string }[] {
  const names = new Set(known);
  const out: { arg: string; name: string; suggestion: string }[] = [];
  for (const s of sets) {
    const name = s.path.split('.')[0]!;
    if (names.has(name)) continue;
    const guess = closest(name, known);
    if (guess !== undefined) out.push({ arg: s.raw, name, suggestion: guess });
  }
  return out;
}
