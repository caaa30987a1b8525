/**
 * PluginConfig values as layered entries: one entry per field (and per quota namespace) with its
 * origin, turned from strings (environment, flags, --set) into checked values, and written into a
 * config without ever touching an object's prototype.
 */
import type { PluginConfig } from '../plugin/config.js';
import type { Problem } from '../source/problem.js';
import { expectedForm, fieldByPath, PLUGIN_CONFIG_FIELDS, type PluginConfigField } from './fields.js';
import { fieldSchema, quotaEntries } from './schema.js';

/** Keys that must never become object properties (prototype pollution). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

/** One value of one layer. */
export interface Entry {
  /** Dotted path (quotas: resourceQuotas.<namespace>). */
  key: string;
  segs: string[];
  value: unknown;
  /** 'default' | 'plugin' | `file:<path>:<line>` | `env:<NAME>` | `flag:--<name>` */
  origin: string;
  /** Set in the config file with the `# @local` marker: meant for local runs only (no production-range warning). */
  local?: boolean;
}

export const QUOTAS = fieldByPath('resourceQuotas')!;

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function getAt(obj: unknown, segs: readonly (string | number)[]): unknown {
  let cur = obj;
  for (const s of segs) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, s)) return undefined;
    cur = (cur as Record<string | number, unknown>)[s];
  }
  return cur;
}

export function dotted(path: readonly (string | number)[]): string {
  return path.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[');
}

export function formatValue(v: unknown): string {
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  if (v === undefined) return '(nothing)';
  if (typeof v === 'string') return JSON.stringify(v);
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? s.slice(0, 57) + '...' : s;
}

/** Flatten a PluginConfigInput into one entry per field (and per quota namespace). */
export function flatten(input: unknown, origin: (segs: string[]) => Pick<Entry, 'origin' | 'local'>): Entry[] {
  const out: Entry[] = [];
  if (!isPlainObject(input)) return out;
  const push = (key: string, segs: string[], value: unknown, at = segs) => out.push({ key, segs, value, ...origin(at) });
  for (const f of PLUGIN_CONFIG_FIELDS) {
    if (f.type === 'quota-map') {
      // a map, or Flyte's list of one-entry maps; origins point at where each quota is written
      for (const [ns, v, at] of quotaEntries(input.resourceQuotas)) if (v !== undefined) push(`resourceQuotas.${ns}`, ['resourceQuotas', ns], v, ['resourceQuotas', ...at] as string[]);
      continue;
    }
    const segs = f.path.split('.');
    const v = getAt(input, segs);
    if (v !== undefined) push(f.path, segs, v);
  }
  return out;
}

/** Coerce a string (env, flag, --set) to a field's value and check it with the field's schema. */
export function coerce(f: PluginConfigField, raw: string): { ok: true; value: unknown } | { ok: false } {
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

/** The entries of one string value of a field (a quota map gives one per namespace); a bad value is a problem. */
export function stringEntries(f: PluginConfigField, raw: string, origin: string, label: string, location: string, problems: Problem[]): Entry[] {
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

/** Write a value at a path of a config (never through a reserved key). */
export function setAt(cfg: PluginConfig, segs: readonly string[], value: unknown): void {
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
