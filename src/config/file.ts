/**
 * The config file's own content: its checks beyond the schema (a plugin section that almost says
 * "webApi", ignored resourceMeta), the CLI settings it holds (plugin modules, secrets and output
 * directories, relative to the file), and where each of its values is written (for origins and for the
 * `# @local` marker).
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import type { PluginModuleRef } from '../loader/plugin-modules.js';
import type { Problem } from '../source/problem.js';
import { placeIn, type Place } from '../source/schema-issues.js';
import type { SourcePath } from '../source/yaml.js';
import { closest } from '../util/suggest.js';
import type { LoadedConfigFile } from './discover.js';
import { configProblems } from './issues.js';
import type { ConfigIssue } from './ranges.js';
import { configFileSchema } from './schema.js';
import { dotted, FORBIDDEN_KEYS, getAt, isPlainObject } from './values.js';

/**
 * A comment holding `@local` marks a value (or a whole section) of a YAML config file as meant for
 * local runs only: it is used as it is, but never warned about for being outside Flyte's production
 * ranges. `resyncInterval: 1s  # @local: poll fast on a laptop`.
 */
export const LOCAL_MARKER = /(?:^|\s)@local\b/;

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

export function placeOf(file: LoadedConfigFile): Place {
  return placeIn(file.source, file.prefix);
}

/** `file:<path>:<line>` of a key, for --show-origin. */
export function originOf(file: LoadedConfigFile, path: SourcePath): string {
  if (!file.source) return `file:${file.path}`;
  return `file:${file.path}:${file.source.locate([...file.prefix, ...path], 'key').line}`;
}

/** Whether a value of the file carries the `# @local` marker (on its line, above it, or on a section holding it). */
export function isLocal(file: LoadedConfigFile, path: SourcePath): boolean {
  return file.source?.marked([...file.prefix, ...path], LOCAL_MARKER) ?? false;
}

/** Every problem of the file (schema and beyond), and its warnings. */
export function checkConfigFile(file: LoadedConfigFile, problems: Problem[], warnings: ConfigIssue[]): void {
  const data = file.data;
  const place = placeOf(file);
  const r = configFileSchema.safeParse(data);
  if (!r.success) problems.push(...configProblems(r.error.issues, { data, schema: configFileSchema, place }));
  if (!isPlainObject(data)) return;
  // plugins.<id>: plugin-specific keys are kept, but a key that is almost "webApi" is a typo
  if (isPlainObject(data.plugins)) {
    for (const [id, section] of Object.entries(data.plugins)) {
      if (FORBIDDEN_KEYS.has(id)) {
        problems.push({ message: `plugins: "${id}" is not allowed as a plugin id`, ...place(['plugins', id], 'key') });
        continue;
      }
      if (!isPlainObject(section)) continue;
      for (const k of Object.keys(section)) {
        if (k !== 'webApi' && closest(k, ['webApi'])) {
          problems.push({ message: `unknown key "${k}" in plugins.${id}`, ...place(['plugins', id, k], 'key'), hint: 'did you mean "webApi"?' });
        }
      }
    }
  }
  const ignoreMeta = (path: SourcePath) => {
    const at = [...path, 'resourceMeta'];
    if (getAt(data, at) !== undefined) {
      warnings.push({ path: dotted(at), value: undefined, message: `${dotted(at)} is ignored (kept for propeller compatibility)`, origin: originOf(file, at) });
    }
  };
  ignoreMeta(['webApi']);
  if (isPlainObject(data.plugins)) for (const id of Object.keys(data.plugins)) ignoreMeta(['plugins', id, 'webApi']);
}

/** The CLI settings of the file: plugin modules (a `plugins` list or `pluginModules`), secretsDir, outDir. */
export function settingsOf(file: LoadedConfigFile | undefined): CliSettings {
  if (!file || !isPlainObject(file.data)) return { plugins: [], pluginRefs: [] };
  const data = file.data;
  const dir = dirname(file.path);
  const place = placeOf(file);
  const refs: PluginModuleRef[] = [];
  const add = (list: unknown, key: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((m, i) => {
      if (typeof m !== 'string') return;
      refs.push({ module: m, from: file.path, source: `${place([key, i], 'value').location ?? file.path} (${key}[${i}])` });
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
