/**
 * Schema errors of config data in the config layer's words: a PluginConfig value names its field, the
 * value found and the form expected ("caching.size = 0 is invalid: expected a positive integer"); the
 * CLI's own settings say what they hold. Everything else gets the located-YAML module's wording.
 */
import type { z } from 'zod';
import type { Problem } from '../source/problem.js';
import { issuesToProblems, knownKeysAt, type DescribeIssue, type Place } from '../source/schema-issues.js';
import type { SourcePath } from '../source/yaml.js';
import { expectedForm, fieldByPath, type PluginConfigField } from './fields.js';
import { dotted, FORBIDDEN_KEYS, formatValue, isPlainObject, QUOTAS } from './values.js';

/** A path of the config file → the same path inside a webApi section, or undefined when outside one. */
export function webApiRelative(p: SourcePath): SourcePath | undefined {
  return p[0] === 'webApi' ? p.slice(1) : p[0] === 'plugins' && p[2] === 'webApi' ? p.slice(3) : undefined;
}

/** The field a (webApi-relative) path points into, if any. */
function fieldAt(rel: SourcePath): PluginConfigField | undefined {
  if (rel[0] === 'resourceQuotas') return QUOTAS;
  return fieldByPath(rel.map(String).join('.'));
}

function settingForm(path: SourcePath): string | undefined {
  if (path.length === 0) return 'a map of settings (webApi, plugins, pluginModules, secretsDir, outDir)';
  const k = path[0];
  if ((k === 'plugins' || k === 'pluginModules') && path.length === 1) return 'a list of plugin modules';
  if ((k === 'plugins' || k === 'pluginModules') && typeof path[1] === 'number') return 'a module path or package name (a non-empty string)';
  if (k === 'plugins' && path.length === 2) return 'a map with a webApi section';
  if (k === 'secretsDir' || k === 'outDir') return 'a directory path (a non-empty string)';
  if (k === '$schema') return 'a string (the URL of the JSON Schema)';
  return undefined;
}

export interface ConfigIssueOptions {
  data: unknown;
  schema: z.ZodType;
  place: Place;
  /** Maps a path of `data` to a path inside a webApi section (default: the config file's layout). */
  relative?: (path: SourcePath) => SourcePath | undefined;
}

/** Every issue as a located problem, in the config layer's words. */
export function configProblems(issues: readonly z.core.$ZodIssue[], opts: ConfigIssueOptions, base: SourcePath = []): Problem[] {
  const relative = opts.relative ?? webApiRelative;
  const webApiSchema = (opts.schema as unknown as { shape?: { webApi?: z.ZodType } }).shape?.webApi;
  const describe: DescribeIssue = (issue, path, value) => {
    // unions of a list (branch 0) and a map (branch 1): plugins, and resourceQuotas (Flyte's list form)
    if (issue.code === 'invalid_union' && ((path.length === 1 && path[0] === 'plugins') || path.at(-1) === 'resourceQuotas')) {
      const branch = Array.isArray(value) ? 0 : isPlainObject(value) ? 1 : -1;
      const nested = branch >= 0 ? issue.errors[branch] : undefined;
      if (nested) return configProblems(nested, opts, path);
      if (path[0] !== 'plugins') return { message: `${dotted(path)} = ${formatValue(value)} is invalid: expected ${expectedForm(QUOTAS)}` };
      return { message: `plugins = ${formatValue(value)} is invalid: expected a list of plugin modules (e.g. [./src/plugin.ts]) or a map of plugin id → { webApi: … }` };
    }
    if (issue.code === 'unrecognized_keys') return undefined;
    const rel = relative(path);
    const field = rel && rel.length ? fieldAt(rel) : undefined;
    const label = dotted(path) || '(top level)';
    if (field) {
      const ns = field.type === 'quota-map' && rel!.length === 2 ? rel![1] : undefined;
      if (ns !== undefined && FORBIDDEN_KEYS.has(String(ns))) return { message: `${label}: "${ns}" is a reserved name, not allowed as a quota namespace`, which: 'key' };
      const form = ns !== undefined ? 'a positive integer (the number of tasks allowed at once)' : expectedForm(field);
      return { message: `${label} = ${formatValue(value)} is invalid: expected ${form}` };
    }
    const sectionKeys = (r: SourcePath) => (webApiSchema ? knownKeysAt(webApiSchema, r) : knownKeysAt(opts.schema, r));
    if (rel && rel.length === 1 && issue.code === 'invalid_type') {
      const keys = sectionKeys(rel);
      return { message: `${label} = ${formatValue(value)} is invalid: expected a map${keys.length ? ` with keys ${keys.join(', ')}` : ''}` };
    }
    if (rel && rel.length === 0 && issue.code === 'invalid_type') {
      return { message: `${label} = ${formatValue(value)} is invalid: expected a map of PluginConfig sections (${sectionKeys([]).join(', ')})` };
    }
    const expected = settingForm(path);
    return { message: expected ? `${label} = ${formatValue(value)} is invalid: expected ${expected}` : `${label}: ${issue.message} (got ${formatValue(value)})` };
  };
  const shifted = issues.map((i) => ({ ...i, path: [...base, ...i.path] }) as z.core.$ZodIssue);
  return issuesToProblems(shifted, { data: opts.data, schema: opts.schema, place: opts.place, describe });
}
