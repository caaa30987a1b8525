/**
 * The one declarative description of PluginConfig's fields: path, type, default, Flyte's pflag
 * description, flag and environment variable names. Everything else is derived from this table:
 * the commander flags (src/config/options.ts, at startup, so this module stays light: no zod, no yaml),
 * the zod schema and JSON Schema (src/config/schema.ts), env parsing, `config --flags` and the dumps.
 */
import { defaultPluginConfig } from '../plugin/config.js';

/** int: integer; float: finite number; duration: Go duration string; quota-map: namespace → integer. */
export type FieldType = 'int' | 'float' | 'duration' | 'quota-map';

export interface PluginConfigField {
  /** Dotted path inside PluginConfig (and inside a `webApi:` section), e.g. "caching.size". */
  readonly path: string;
  readonly type: FieldType;
  /** Smallest usable value (hard limit; Flyte's production ranges are in ranges.ts). */
  readonly min: number;
  /** The flag's name without the leading "--" (Flyte's GetPFlagSet name), or undefined: no flag in Flyte. */
  readonly flag?: string;
  /** WEBAPI_PLUGIN_<PATH>: the path upper-cased, dots become underscores. */
  readonly env: string;
  /** Flyte's pflag description. */
  readonly description: string;
  /** From the seed's defaultPluginConfig. */
  readonly default: unknown;
}

export interface PluginConfigSection {
  readonly key: string;
  readonly description: string;
}

export const ENV_PREFIX = 'WEBAPI_PLUGIN_';

/** The top-level sections of PluginConfig with Flyte's descriptions (IW PluginConfig struct tags). */
export const PLUGIN_CONFIG_SECTIONS: readonly PluginConfigSection[] = [
  { key: 'resourceQuotas', description: 'Defines resource quotas.' },
  { key: 'readRateLimiter', description: 'Defines rate limiter properties for read actions (e.g. retrieve status).' },
  { key: 'writeRateLimiter', description: 'Defines rate limiter properties for write actions.' },
  { key: 'caching', description: 'Defines caching characteristics.' },
];

type Decl = { path: string; type: FieldType; min: number; flag: boolean; description: string };

/** In the order of Flyte's GetPFlagSet. */
const DECLS: readonly Decl[] = [
  { path: 'readRateLimiter.qps', type: 'float', min: 0, flag: true, description: 'Defines the max rate of calls per second.' },
  { path: 'readRateLimiter.burst', type: 'int', min: 1, flag: true, description: 'Defines the maximum burst size.' },
  { path: 'writeRateLimiter.qps', type: 'float', min: 0, flag: true, description: 'Defines the max rate of calls per second.' },
  { path: 'writeRateLimiter.burst', type: 'int', min: 1, flag: true, description: 'Defines the maximum burst size.' },
  { path: 'caching.size', type: 'int', min: 1, flag: true, description: 'Defines the maximum number of items to cache.' },
  { path: 'caching.resyncInterval', type: 'duration', min: 0, flag: true, description: 'Defines the sync interval.' },
  { path: 'caching.workers', type: 'int', min: 1, flag: true, description: 'Defines the number of workers to start up to process items.' },
  { path: 'caching.maxSystemFailures', type: 'int', min: 0, flag: true, description: 'Defines the number of failures to fetch a task before failing the task.' },
  { path: 'resourceQuotas', type: 'quota-map', min: 1, flag: false, description: 'Defines resource quotas: namespace → number of tasks allowed at once.' },
];

export function getAtPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const k of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, k)) return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

export function envNameOf(path: string): string {
  return ENV_PREFIX + path.replace(/\./g, '_').toUpperCase();
}

export const PLUGIN_CONFIG_FIELDS: readonly PluginConfigField[] = Object.freeze(
  DECLS.map((d) =>
    Object.freeze({
      path: d.path,
      type: d.type,
      min: d.min,
      ...(d.flag ? { flag: d.path } : {}),
      env: envNameOf(d.path),
      description: d.description,
      default: getAtPath(defaultPluginConfig, d.path),
    }),
  ),
);

/** The fields that have a flag (Flyte's 8). */
export const FLAG_FIELDS: readonly PluginConfigField[] = PLUGIN_CONFIG_FIELDS.filter((f) => f.flag !== undefined);

export function fieldByPath(path: string): PluginConfigField | undefined {
  return PLUGIN_CONFIG_FIELDS.find((f) => f.path === path);
}

/** pflag-style type names shown in usage. */
export function typeLabel(t: FieldType): string {
  return t === 'int' ? 'int' : t === 'float' ? 'float64' : t === 'duration' ? 'duration' : 'stringToInt';
}

/** The expected form of a value, for error messages. */
export function expectedForm(f: PluginConfigField): string {
  switch (f.type) {
    case 'int':
      return f.min > 0 ? 'a positive integer' : `an integer ≥ ${f.min}`;
    case 'float':
      return 'a positive number';
    case 'duration':
      return 'a positive Go duration such as 300ms, 1.5s, 2m30s or 1h';
    case 'quota-map':
      return 'a map of namespace to positive integer, e.g. {default: 10}';
  }
}

/** A default as pflag prints it: strings quoted, maps as [a=1,b=2]. */
export function formatDefault(f: PluginConfigField): string {
  if (f.type === 'duration') return JSON.stringify(f.default);
  if (f.type === 'quota-map') {
    const m = (f.default ?? {}) as Record<string, number>;
    return `[${Object.entries(m).map(([k, v]) => `${k}=${v}`).join(',')}]`;
  }
  return String(f.default);
}
