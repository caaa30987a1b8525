/**
 * Task inputs: the task file's `inputs`, then `--inputs <file|->`, then `--set name=value` (later wins).
 * `--set` values are typed as YAML scalars (3 → number, true → boolean, [1,2] → list, "3" → string).
 *
 * Values are kept exactly, or refused (exit 2 naming the field), whatever their source:
 *   integers within ±(2^53-1)      number
 *   integers beyond                bigint (9007199254740993 → 9007199254740993n), exact to the plugin and
 *                                  in the stored inputs.json (src/util/exact-json.ts)
 *   .nan / .inf / -.inf            NaN / Infinity / -Infinity (Flyte FLOAT allows them)
 *   1e400, 1e-400                  refused: no 64-bit float holds them
 *   tags (!!set, !!binary, !x)     refused, with a hint (plain strings, numbers, booleans, null, lists, mappings only)
 * `--set` paths with an empty segment (`a..b`) or a reserved name (`__proto__`, `constructor`,
 * `prototype`) are refused.
 *
 * `--set` is shared with the config layer: a path under a PluginConfig section (resourceQuotas.,
 * readRateLimiter., writeRateLimiter., caching., webApi., plugins.<id>.webApi.) is a config override; `input.<name>=...` is always an
 * input; anything else is an input.
 */
import { parseDocument } from 'yaml';
import { FORBIDDEN_KEYS } from '../config/values.js';
import type { Inputs } from '../plugin/context.js';
import type { Problem } from '../source/problem.js';
import { parseYaml } from '../source/yaml.js';
import { closest } from '../util/suggest.js';
import { TaskInputError } from './errors.js';

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
    const segs = path.split('.');
    const bad = segs.find((seg) => seg === '' || FORBIDDEN_KEYS.has(seg));
    if (bad !== undefined) {
      throw new TaskInputError(
        {
          message: `--set: the input path "${path}" is not allowed (${bad === '' ? 'it has an empty segment' : `"${bad}" is a reserved name`})`,
          location: `--set ${raw}`,
          hint: 'an input path is a name, or names joined by single dots: --set n=3, --set query.limit=10',
        },
        'inputs',
      );
    }
    inputs.push({ raw, path, text: raw.slice(eq + 1) });
  }
  return { config, inputs };
}

/**
 * YAML typing for a --set value, exactly (see the table above): text that is not valid YAML is kept as a
 * string; a value that cannot be kept exactly (1e400, a tag) is refused naming the flag.
 */
export function typeSetValue(text: string, raw = text): unknown {
  if (text === '') return '';
  if (parseDocument(text, { logLevel: 'error', uniqueKeys: false }).errors.length > 0) return text;
  const at = `--set ${raw}`;
  const error = (problems: readonly Problem[]) => new TaskInputError(problems.map((p) => ({ ...p, location: at })), 'inputs');
  return parseYaml(text, { path: '--set', display: at, what: '--set value', error }).data;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const k = parts[i]!;
    const next = Object.hasOwn(cur, k) ? cur[k] : undefined;
    if (!next || typeof next !== 'object' || Array.isArray(next)) cur[k] = {};
    cur = cur[k] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1]!] = value;
}

export interface InputSources {
  fromTask?: Inputs;
  fromFile?: Inputs;
  sets?: readonly SetArg[];
}

/** Merge in order task file < --inputs < --set (shallow per input name; --set paths may be dotted). */
export function mergeInputs(src: InputSources): Inputs {
  const out: Inputs = { ...(src.fromTask ?? {}), ...(src.fromFile ?? {}) };
  for (const s of src.sets ?? []) setPath(out, s.path, typeSetValue(s.text, s.raw));
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
