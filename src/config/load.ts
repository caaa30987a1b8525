/**
 * The CLI's configuration: the config file (found by cosmiconfig or named by --config), environment
 * variables WEBAPI_PLUGIN_<PATH>, and the command-line flags, validated up front (nothing is
 * half-applied: every problem is collected and reported before anything is used), then layered per
 * plugin:
 *
 *   defaults < plugin's getConfig() < file webApi < file plugins.<id>.webApi < env < flags (--set last)
 *
 * Every value keeps its origin (default, plugin, file:<path>:<line>, env:<NAME>, flag:--<name>) and
 * the values it overrode, for `config --show-origin`.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import type { z } from 'zod';
import { InputError } from '../errors.js';
import type { PluginModuleRef } from '../loader/plugin-modules.js';
import { clonePluginConfig, defaultPluginConfig, type PluginConfig, type PluginConfigInput } from '../plugin/config.js';
import type { PluginEntry } from '../plugin/plugin.js';
import { discoverConfig, type ConfigFileKind, type LoadedConfigFile } from './discover.js';
import {
  ENV_PREFIX,
  PLUGIN_CONFIG_FIELDS,
  PLUGIN_CONFIG_SECTIONS,
  expectedForm,
  fieldByPath,
  type PluginConfigField,
} from './fields.js';
import { checkPluginConfig, type ConfigIssue } from './ranges.js';
import { configFileSchema, fieldSchema, quotaEntries, webApiSchema } from './schema.js';
import type { ConfigPath } from './source.js';
import { closest, didYouMean } from '../util/suggest.js';

/** One value of one layer, and where it came from. */
export interface Origin {
  /** 'default' | 'plugin' | `file:<path>:<line>` | `env:<NAME>` | `flag:--<name>` */
  origin: string;
  value: unknown;
}

export interface ResolvedPluginConfig {
  config: PluginConfig;
  /** Dotted path (quotas: resourceQuotas.<namespace>) → every layer that set it, lowest first; the last one won. */
  origins: Record<string, Origin[]>;
  /** Values outside Flyte's production ranges (fine locally, rejected by Flyte). */
  warnings: ConfigIssue[];
}

export interface CliSettings {
  /** Plugin modules to load: absolute paths (relative ones resolved against the config file's directory) or package names. */
  plugins: string[];
  /** The same modules as references for src/loader/plugin-modules.ts (good error locations). */
  pluginRefs: PluginModuleRef[];
  /** Absolute. */
  secretsDir?: string;
  /** Absolute. */
  outDir?: string;
}

export interface CliConfig {
  file?: { path: string; kind: ConfigFileKind };
  /** Places searched (when no --config was given). */
  searched: string[];
  searchedDirs: string[];
  settings: CliSettings;
  /** Problems that do not stop anything (ignored keys, likely misspelt environment variables). */
  warnings: ConfigIssue[];
  /** Ids that have a plugins.<id> section in the file. */
  pluginSectionIds: string[];
  /** The raw plugins.<id> section (propeller's plugin-specific keys sit next to webApi). */
  pluginSection(id: string): Record<string, unknown> | undefined;
  /**
   * The final PluginConfig of one plugin (or, with no id, of the global layers). `own` is the plugin's
   * getConfig(); it is validated (InputError naming the plugin when invalid).
   */
  resolvePluginConfig(pluginId?: string, own?: PluginConfigInput): ResolvedPluginConfig;
  /** Ready for EngineOptions.resolveConfig. */
  resolveConfig(entry: PluginEntry, own: PluginConfigInput): PluginConfig;
}

export interface LoadCliConfigOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  /** --config: an explicit file (missing → InputError). */
  configPath?: string;
  /** Field path → raw value from the Flyte flags (see readPluginConfigFlags). */
  flagValues?: Record<string, string>;
  /** Every --set <path>=<value>, in order. */
  setArgs?: string[];
}

/** Keys that must never become object properties (prototype pollution). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

interface Entry {
  key: string;
  segs: string[];
  value: unknown;
  origin: string;
}

interface Problem {
  message: string;
  location?: string;
  hint?: string;
}

const QUOTAS = fieldByPath('resourceQuotas')!;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function getAt(obj: unknown, segs: ConfigPath): unknown {
  let cur = obj;
  for (const s of segs) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, s)) return undefined;
    cur = (cur as Record<string | number, unknown>)[s];
  }
  return cur;
}

export function formatValue(v: unknown): string {
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  if (v === undefined) return '(nothing)';
  if (typeof v === 'string') return JSON.stringify(v);
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? s.slice(0, 57) + '...' : s;
}

/** Flatten a PluginConfigInput into one entry per field (and per quota namespace). */
function flatten(input: unknown, origin: (segs: string[]) => string): Entry[] {
  const out: Entry[] = [];
  if (!isPlainObject(input)) return out;
  for (const f of PLUGIN_CONFIG_FIELDS) {
    if (f.type === 'quota-map') {
      for (const [ns, v, at] of quotaEntries(input.resourceQuotas)) {
        if (v === undefined) continue;
        const segs = ['resourceQuotas', ns];
        out.push({ key: segs.join('.'), segs, value: v, origin: origin(['resourceQuotas', ...at] as string[]) });
      }
      continue;
    }
    const segs = f.path.split('.');
    const v = getAt(input, segs);
    if (v !== undefined) out.push({ key: f.path, segs, value: v, origin: origin(segs) });
  }
  return out;
}

/** The field a (webApi-relative) path points into, if any. */
function fieldAt(rel: readonly (string | number)[]): PluginConfigField | undefined {
  if (rel[0] === 'resourceQuotas') return QUOTAS;
  return fieldByPath(rel.map(String).join('.'));
}

/** Known keys at a path of the config file (for "did you mean"). */
function knownKeysAt(path: readonly (string | number)[]): string[] {
  const top = Object.keys(configFileSchema.shape);
  if (path.length === 0) return top;
  let rel: (string | number)[] | undefined;
  if (path[0] === 'webApi') rel = path.slice(1);
  else if (path[0] === 'plugins' && path[2] === 'webApi') rel = path.slice(3);
  if (!rel) return [];
  if (rel.length === 0) return [...PLUGIN_CONFIG_SECTIONS.map((s) => s.key), 'resourceMeta'];
  return PLUGIN_CONFIG_FIELDS.filter((f) => f.path.startsWith(`${rel!.join('.')}.`)).map((f) => f.path.slice(String(rel!.join('.')).length + 1));
}

/** Where a path of the file's data is written. */
function locationOf(file: LoadedConfigFile, path: ConfigPath, which: 'key' | 'value'): string {
  const pos = file.locate(path, which);
  return pos ? `${file.path}:${pos.line}:${pos.col}` : file.path;
}

function originOf(file: LoadedConfigFile, path: ConfigPath): string {
  const pos = file.locate(path, 'key');
  return pos ? `file:${file.path}:${pos.line}` : `file:${file.path}`;
}

function dotted(path: readonly (string | number)[]): string {
  return path.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[');
}

/** Turn zod issues about `data` into messages that name the key, the value and the expected form. */
function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  loc: (path: ConfigPath, which: 'key' | 'value') => string | undefined,
  base: (string | number)[] = [],
  relToWebApi?: (path: readonly (string | number)[]) => (string | number)[] | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const webApiRel =
    relToWebApi ??
    ((p: readonly (string | number)[]) =>
      p[0] === 'webApi' ? p.slice(1) : p[0] === 'plugins' && p[2] === 'webApi' ? p.slice(3) : undefined);
  for (const issue of issues) {
    const path = [...base, ...(issue.path as (string | number)[])];
    const value = getAt(data, path);
    const where = (which: 'key' | 'value') => loc(path, which);
    // unions of a list (branch 0) and a map (branch 1): plugins, and resourceQuotas (Flyte's list form)
    if (issue.code === 'invalid_union' && ((path.length === 1 && path[0] === 'plugins') || path.at(-1) === 'resourceQuotas')) {
      const branch = Array.isArray(value) ? 0 : isPlainObject(value) ? 1 : -1;
      const nested = branch >= 0 ? issue.errors[branch] : undefined;
      if (nested) problems.push(...issuesToProblems(nested, data, loc, path, relToWebApi));
      else if (path[0] !== 'plugins' || path.length > 1) {
        problems.push({ message: `${dotted(path)} = ${formatValue(value)} is invalid: expected ${expectedForm(QUOTAS)}`, ...opt('location', where('value')) });
      } else {
        problems.push({
          message: `plugins = ${formatValue(value)} is invalid: expected a list of plugin modules (e.g. [./src/plugin.ts]) or a map of plugin id → { webApi: … }`,
          ...opt('location', where('value')),
        });
      }
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const known = relToWebApi ? knownKeysAtRel(relToWebApi(path)) : knownKeysAt(path);
        const suggestion = didYouMean(key, known);
        const inWhat = path.length ? ` in ${dotted(path)}` : '';
        problems.push({
          message: `unknown key "${key}"${inWhat}`,
          ...opt('location', loc([...path, key], 'key')),
          hint: [suggestion, known.length ? `known keys: ${known.join(', ')}` : undefined].filter(Boolean).join('\n'),
        });
      }
      continue;
    }
    const rel = webApiRel(path);
    const field = rel && rel.length ? fieldAt(rel) : undefined;
    const label = dotted(path) || '(top level)';
    if (field) {
      const ns = field.type === 'quota-map' && rel!.length === 2 ? rel![1] : undefined;
      if (ns !== undefined && FORBIDDEN_KEYS.has(String(ns))) {
        problems.push({ message: `${label}: "${ns}" is a reserved name, not allowed as a quota namespace`, ...opt('location', where('key')) });
        continue;
      }
      const form = ns !== undefined ? 'a positive integer (the number of tasks allowed at once)' : expectedForm(field);
      problems.push({ message: `${label} = ${formatValue(value)} is invalid: expected ${form}`, ...opt('location', where('value')) });
      continue;
    }
    if (rel && rel.length === 1 && issue.code === 'invalid_type') {
      const keys = knownKeysAtRel(rel);
      problems.push({
        message: `${label} = ${formatValue(value)} is invalid: expected a map${keys.length ? ` with keys ${keys.join(', ')}` : ''}`,
        ...opt('location', where('value')),
      });
      continue;
    }
    if (rel && rel.length === 0 && issue.code === 'invalid_type') {
      problems.push({ message: `${label} = ${formatValue(value)} is invalid: expected a map of PluginConfig sections (${knownKeysAtRel([]).join(', ')})`, ...opt('location', where('value')) });
      continue;
    }
    const expected = settingForm(path);
    problems.push({
      message: expected ? `${label} = ${formatValue(value)} is invalid: expected ${expected}` : `${label}: ${issue.message} (got ${formatValue(value)})`,
      ...opt('location', where('value')),
    });
  }
  return problems;
}

function knownKeysAtRel(rel: readonly (string | number)[] | undefined): string[] {
  if (!rel) return [];
  return knownKeysAt(['webApi', ...rel]);
}

function settingForm(path: readonly (string | number)[]): string | undefined {
  if (path.length === 0) return 'a map of settings (webApi, plugins, pluginModules, secretsDir, outDir)';
  const k = path[0];
  if ((k === 'plugins' || k === 'pluginModules') && path.length === 1) return 'a list of plugin modules';
  if ((k === 'plugins' || k === 'pluginModules') && typeof path[1] === 'number') return 'a module path or package name (a non-empty string)';
  if (k === 'plugins' && path.length === 2) return 'a map with a webApi section';
  if (k === 'secretsDir' || k === 'outDir') return 'a directory path (a non-empty string)';
  if (k === '$schema') return 'a string (the URL of the JSON Schema)';
  return undefined;
}

function opt<K extends string>(key: K, v: string | undefined): { [P in K]?: string } {
  return (v === undefined ? {} : { [key]: v }) as { [P in K]?: string };
}

function posKey(p: Problem): [number, number] {
  const m = /:(\d+):(\d+)$/.exec(p.location ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [Infinity, Infinity];
}

function throwProblems(problems: Problem[], what = 'configuration'): void {
  if (problems.length === 0) return;
  // one line per distinct problem (a value can fail more than one check with the same message)
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.message}\u0000${p.location ?? ''}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  // file problems in the order they appear in the file; env/flag problems after them, as found
  const sorted = unique
    .map((p, i) => ({ p, i, k: posKey(p) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i)
    .map((x) => x.p);
  const [first, ...rest] = sorted;
  const hintLines: string[] = [];
  if (first!.hint) hintLines.push(first!.hint);
  if (rest.length) {
    hintLines.push(`${rest.length} more problem${rest.length > 1 ? 's' : ''} in the ${what}:`);
    for (const p of rest) hintLines.push(`- ${p.message}${p.location ? ` (at ${p.location})` : ''}${p.hint ? ` — ${p.hint.split('\n')[0]}` : ''}`);
  }
  throw new InputError(first!.message, {
    ...opt('location', first!.location),
    ...(hintLines.length ? { hint: hintLines.join('\n') } : {}),
  });
}

/** Coerce a string (env, flag, --set) to a field's value and check it with the field's schema. */
function coerce(f: PluginConfigField, raw: string): { ok: true; value: unknown } | { ok: false } {
  let value: unknown;
  const s = raw.trim();
  switch (f.type) {
    case 'int':
      value = /^[+-]?\d+$/.test(s) ? Number(s) : Number.NaN;
      break;
    case 'float':
      value = s === '' ? Number.NaN : Number(s);
      break;
    case 'duration':
      value = s;
      break;
    case 'quota-map': {
      const m: Record<string, unknown> = {};
      for (const part of s.split(',').filter((p) => p.trim() !== '')) {
        const eq = part.indexOf('=');
        if (eq <= 0) return { ok: false };
        const ns = part.slice(0, eq).trim();
        const v = part.slice(eq + 1).trim();
        if (FORBIDDEN_KEYS.has(ns)) return { ok: false };
        Object.defineProperty(m, ns, { value: /^[+-]?\d+$/.test(v) ? Number(v) : Number.NaN, enumerable: true, writable: true, configurable: true });
      }
      value = m;
      break;
    }
  }
  return fieldSchema(f).safeParse(value).success ? { ok: true, value } : { ok: false };
}

function stringEntries(f: PluginConfigField, raw: string, origin: string, label: string, location: string, problems: Problem[]): Entry[] {
  const r = coerce(f, raw);
  if (!r.ok) {
    const form = f.type === 'quota-map' ? 'namespace=count pairs separated by commas, e.g. default=10,gpu=2 (counts are positive integers)' : expectedForm(f);
    problems.push({ message: `${label} = ${JSON.stringify(raw)} is invalid: expected ${form}`, location });
    return [];
  }
  if (f.type === 'quota-map') {
    return Object.entries(r.value as Record<string, number>).map(([ns, v]) => ({ key: `resourceQuotas.${ns}`, segs: ['resourceQuotas', ns], value: v, origin }));
  }
  return [{ key: f.path, segs: f.path.split('.'), value: r.value, origin }];
}

const SET_EXAMPLE = 'e.g. --set caching.size=500, --set resourceQuotas.default=2, --set plugins.<plugin id>.webApi.caching.workers=4';

/** Parse one --set argument into entries (and the plugin id it is limited to, if any). */
function parseSet(arg: string, problems: Problem[]): { pluginId?: string; entries: Entry[] } {
  const eq = arg.indexOf('=');
  const location = `--set ${arg}`;
  if (eq <= 0) {
    problems.push({ message: `--set ${JSON.stringify(arg)}: expected <path>=<value>`, location: '--set', hint: SET_EXAMPLE });
    return { entries: [] };
  }
  const path = arg.slice(0, eq).trim();
  const raw = arg.slice(eq + 1);
  let segs = path.split('.');
  const bad = segs.find((s) => s === '' || FORBIDDEN_KEYS.has(s));
  if (bad !== undefined) {
    problems.push({ message: `--set: the path ${JSON.stringify(path)} is not allowed (${bad === '' ? 'empty segment' : `"${bad}" is a reserved name`})`, location, hint: SET_EXAMPLE });
    return { entries: [] };
  }
  let pluginId: string | undefined;
  if (segs[0] === 'plugins' && segs.length >= 4 && segs[2] === 'webApi') {
    pluginId = segs[1];
    segs = segs.slice(3);
  } else if (segs[0] === 'webApi' && segs.length >= 2) {
    segs = segs.slice(1);
  }
  const origin = `flag:--set ${path}`;
  if (segs[0] === 'resourceQuotas' && segs.length === 2) {
    const ns = segs[1]!;
    const r = coerce(QUOTAS, `${ns}=${raw}`);
    if (!r.ok) {
      problems.push({ message: `--set ${path} = ${JSON.stringify(raw)} is invalid: expected a positive integer (the number of tasks allowed at once)`, location });
      return { entries: [] };
    }
    return { ...(pluginId ? { pluginId } : {}), entries: [{ key: `resourceQuotas.${ns}`, segs: ['resourceQuotas', ns], value: (r.value as Record<string, number>)[ns], origin }] };
  }
  const field = fieldByPath(segs.join('.'));
  if (!field) {
    const candidates = [...PLUGIN_CONFIG_FIELDS.filter((f) => f.type !== 'quota-map').map((f) => f.path), 'resourceQuotas.<namespace>'];
    const s = didYouMean(segs.join('.'), candidates);
    problems.push({
      message: `--set: unknown PluginConfig path ${JSON.stringify(path)}`,
      location,
      hint: [s, `known paths: ${candidates.join(', ')}`].filter(Boolean).join('\n'),
    });
    return { entries: [] };
  }
  return { ...(pluginId ? { pluginId } : {}), entries: stringEntries(field, raw, origin, `--set ${path}`, location, problems) };
}

/** Read WEBAPI_PLUGIN_<PATH> variables; unknown ones that look misspelt become warnings. */
function readEnv(env: Record<string, string | undefined>, problems: Problem[], warnings: ConfigIssue[]): Entry[] {
  const out: Entry[] = [];
  const known = PLUGIN_CONFIG_FIELDS.map((f) => f.env);
  for (const f of PLUGIN_CONFIG_FIELDS) {
    const raw = env[f.env];
    if (raw === undefined || raw === '') continue;
    out.push(...stringEntries(f, raw, `env:${f.env}`, f.env, `environment variable ${f.env}`, problems));
  }
  for (const name of Object.keys(env)) {
    if (!name.startsWith(ENV_PREFIX) || known.includes(name)) continue;
    const c = closest(name, known);
    if (c) warnings.push({ path: name, value: env[name], message: `environment variable ${name} is not a config variable (ignored); did you mean ${c}?`, origin: `env:${name}` });
  }
  return out;
}

function validateFile(file: LoadedConfigFile, problems: Problem[], warnings: ConfigIssue[]): void {
  const data = file.data;
  const loc = (p: ConfigPath, which: 'key' | 'value') => locationOf(file, p, which);
  const r = configFileSchema.safeParse(data);
  if (!r.success) problems.push(...issuesToProblems(r.error.issues, data, loc));
  if (!isPlainObject(data)) return;
  // plugins.<id>: plugin-specific keys are kept, but a key that is almost "webApi" is a typo
  if (isPlainObject(data.plugins)) {
    for (const [id, section] of Object.entries(data.plugins)) {
      if (FORBIDDEN_KEYS.has(id)) {
        problems.push({ message: `plugins: "${id}" is not allowed as a plugin id`, location: loc(['plugins', id], 'key') });
        continue;
      }
      if (!isPlainObject(section)) continue;
      for (const k of Object.keys(section)) {
        if (k !== 'webApi' && closest(k, ['webApi'])) {
          problems.push({ message: `unknown key "${k}" in plugins.${id}`, location: loc(['plugins', id, k], 'key'), hint: 'did you mean "webApi"?' });
        }
      }
    }
  }
  const ignoreMeta = (path: ConfigPath) => {
    if (getAt(data, [...path, 'resourceMeta']) !== undefined) {
      warnings.push({ path: dotted([...path, 'resourceMeta']), value: undefined, message: `${dotted([...path, 'resourceMeta'])} is ignored (kept for propeller compatibility)`, origin: originOf(file, [...path, 'resourceMeta']) });
    }
  };
  ignoreMeta(['webApi']);
  if (isPlainObject(data.plugins)) for (const id of Object.keys(data.plugins)) ignoreMeta(['plugins', id, 'webApi']);
}

function settingsOf(file: LoadedConfigFile | undefined): CliSettings {
  if (!file || !isPlainObject(file.data)) return { plugins: [], pluginRefs: [] };
  const data = file.data;
  const dir = dirname(file.path);
  const refs: PluginModuleRef[] = [];
  const add = (list: unknown, key: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((m, i) => {
      if (typeof m !== 'string') return;
      refs.push({ module: m, from: file.path, source: `${locationOf(file, [key, i], 'value')} (${key}[${i}])` });
    });
  };
  add(data.pluginModules, 'pluginModules');
  add(data.plugins, 'plugins');
  const seen = new Set<string>();
  const plugins: string[] = [];
  const pluginRefs: PluginModuleRef[] = [];
  for (const r of refs) {
    const isPath = r.module.startsWith('.') || isAbsolute(r.module) || /\.(m|c)?[jt]sx?$/.test(r.module);
    const abs = isPath ? resolve(dir, r.module) : r.module;
    if (seen.has(abs)) continue;
    seen.add(abs);
    plugins.push(abs);
    pluginRefs.push(r);
  }
  const out: CliSettings = { plugins, pluginRefs };
  if (typeof data.secretsDir === 'string') out.secretsDir = resolve(dir, data.secretsDir);
  if (typeof data.outDir === 'string') out.outDir = resolve(dir, data.outDir);
  return out;
}

/** Load the config file, env and flags; throws one InputError listing every problem. */
export async function loadCliConfig(opts: LoadCliConfigOptions): Promise<CliConfig> {
  const found = await discoverConfig({ cwd: opts.cwd, ...(opts.configPath !== undefined ? { configPath: opts.configPath } : {}) });
  const file = found.file;
  const problems: Problem[] = [];
  const warnings: ConfigIssue[] = [];

  // file layers
  let fileGlobal: Entry[] = [];
  const filePlugins = new Map<string, Entry[]>();
  const sections = new Map<string, Record<string, unknown>>();
  if (file) {
    validateFile(file, problems, warnings);
    const data = isPlainObject(file.data) ? file.data : {};
    fileGlobal = flatten(data.webApi, (segs) => originOf(file, ['webApi', ...segs]));
    if (isPlainObject(data.plugins)) {
      for (const [id, section] of Object.entries(data.plugins)) {
        if (!isPlainObject(section) || FORBIDDEN_KEYS.has(id)) continue;
        sections.set(id, section);
        filePlugins.set(id, flatten(section.webApi, (segs) => originOf(file, ['plugins', id, 'webApi', ...segs])));
      }
    }
  }

  const envEntries = readEnv(opts.env, problems, warnings);

  const flagEntries: Entry[] = [];
  for (const [path, raw] of Object.entries(opts.flagValues ?? {})) {
    const f = fieldByPath(path);
    if (!f || f.flag === undefined) {
      problems.push({ message: `unknown PluginConfig flag --${path}`, location: `--${path}` });
      continue;
    }
    flagEntries.push(...stringEntries(f, raw, `flag:--${f.flag}`, `--${f.flag}`, `--${f.flag}`, problems));
  }
  const setGlobal: Entry[] = [];
  const setPlugin = new Map<string, Entry[]>();
  for (const arg of opts.setArgs ?? []) {
    const r = parseSet(arg, problems);
    if (r.pluginId === undefined) setGlobal.push(...r.entries);
    else setPlugin.set(r.pluginId, [...(setPlugin.get(r.pluginId) ?? []), ...r.entries]);
  }

  throwProblems(problems);

  const defaults = flatten(defaultPluginConfig, () => 'default');

  const resolvePluginConfig = (pluginId?: string, own?: PluginConfigInput): ResolvedPluginConfig => {
    let ownEntries: Entry[] = [];
    if (own !== undefined) {
      const ownProblems: Problem[] = [];
      const r = webApiSchema.safeParse(own);
      if (!r.success) {
        ownProblems.push(
          ...issuesToProblems(r.error.issues, own, () => undefined, [], (p) => [...p]).map((p) => ({
            ...p,
            message: `plugin "${pluginId ?? '?'}": getConfig() returned an invalid PluginConfig: ${p.message}`,
          })),
        );
        ownProblems[0]!.location = `plugin "${pluginId ?? '?'}" getConfig()`;
        throwProblems(ownProblems, "plugin's config");
      }
      ownEntries = flatten(own, () => 'plugin');
    }
    const layers: Entry[][] = [
      defaults,
      ownEntries,
      fileGlobal,
      pluginId !== undefined ? (filePlugins.get(pluginId) ?? []) : [],
      envEntries,
      flagEntries,
      setGlobal,
      pluginId !== undefined ? (setPlugin.get(pluginId) ?? []) : [],
    ];
    const origins: Record<string, Origin[]> = Object.create(null) as Record<string, Origin[]>;
    const config = clonePluginConfig(defaultPluginConfig);
    for (const layer of layers) {
      for (const e of layer) {
        (origins[e.key] ??= []).push({ origin: e.origin, value: e.value });
        setAt(config, e.segs, e.value);
      }
    }
    const checked = checkPluginConfig(config);
    if (checked.errors.length) {
      throwProblems(checked.errors.map((i) => ({ message: i.message, ...opt('location', origins[i.path]?.at(-1)?.origin) })));
    }
    const ws = checked.warnings.map((w) => ({ ...w, ...opt('origin', origins[w.path]?.at(-1)?.origin) }));
    return { config, origins: { ...origins }, warnings: ws };
  };

  return {
    ...(file ? { file: { path: file.path, kind: file.kind } } : {}),
    searched: found.searched,
    searchedDirs: found.searchedDirs,
    settings: settingsOf(file),
    warnings,
    pluginSectionIds: [...sections.keys()],
    pluginSection: (id) => sections.get(id),
    resolvePluginConfig,
    resolveConfig: (entry, own) => resolvePluginConfig(entry.id, own).config,
  };
}

function setAt(cfg: PluginConfig, segs: readonly string[], value: unknown): void {
  let cur = cfg as unknown as Record<string, unknown>;
  for (let i = 0; i < segs.length - 1; i++) {
    const k = segs[i]!;
    if (FORBIDDEN_KEYS.has(k)) return;
    if (!isPlainObject(cur[k])) cur[k] = {};
    cur = cur[k] as Record<string, unknown>;
  }
  const last = segs[segs.length - 1]!;
  if (FORBIDDEN_KEYS.has(last)) return;
  Object.defineProperty(cur, last, { value, enumerable: true, writable: true, configurable: true });
}
