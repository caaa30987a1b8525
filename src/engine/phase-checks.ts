/**
 * Pure checks and builders around what a plugin hands the engine: the plugin object's shape, a PhaseInfo,
 * a resourceMeta that must be persisted as JSON, and the failure PhaseInfos the engine makes itself.
 * Mirrors the validation Flyte's webapi core.go/launcher.go/monitor.go do inline (pluginCore's phase
 * checks, `errors.Wrapf(... ResourceMeta ...)`), and fixes its gaps: Flyte never checks that a
 * resourceMeta survives serialization until the state write fails, and trusts any phase a plugin returns.
 */
import { isPhase, PHASES, type ErrorKind, type ExecutionError, type PhaseInfo } from '../plugin/phase.js';

/** The message of anything thrown (an Error's message, a string, else its JSON). */
export function message(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === 'string') return e;
  try {
    return JSON.stringify(e) ?? String(e);
  } catch {
    return String(e);
  }
}

/** What is wrong with what a pluginLoader returned (undefined for an AsyncPlugin or a SyncPlugin). */
export function pluginShapeProblem(p: unknown): string | undefined {
  if (typeof p !== 'object' || p === null) return `${p === null ? 'null' : typeof p} instead of a plugin object`;
  const o = p as Record<string, unknown>;
  if (typeof o.getConfig !== 'function') return 'a plugin without getConfig()';
  if (typeof o.create === 'function') {
    const missing = ['get', 'delete', 'status'].filter((k) => typeof o[k] !== 'function');
    if (missing.length) return `an AsyncPlugin without ${missing.map((m) => `${m}()`).join(', ')}`;
    return undefined;
  }
  if (typeof o.do === 'function') return undefined;
  return 'an object that is neither an AsyncPlugin (create/get/delete/status) nor a SyncPlugin (do)';
}

let lastIsoMs = NaN;
let lastIso = '';
/** new Date(ms).toISOString(), remembered for the last millisecond asked (many events share one). */
export function isoTime(ms: number): string {
  if (ms !== lastIsoMs) {
    lastIso = new Date(ms).toISOString();
    lastIsoMs = ms;
  }
  return lastIso;
}

/** A failure PhaseInfo made by the engine (retries exhausted, timeout, create failed, ...). */
export function failurePhase(phase: 'RetryableFailure' | 'PermanentFailure', kind: ErrorKind, code: string, msg: string, at: number): PhaseInfo {
  return { phase, version: 0, reason: msg, error: { code, message: msg, kind }, info: { occurredAt: isoTime(at) } };
}

/** The error of a failed PhaseInfo (Flyte's default when the plugin gave none). */
export function errorOf(pi: PhaseInfo): ExecutionError {
  return pi.error ?? { code: 'Unknown', message: pi.reason || 'Unknown error message', kind: 'USER' };
}

/**
 * True when `v` is certainly JSON-serializable: plain objects/arrays of strings, finite numbers, booleans and
 * null, nested at most `depth` deep. Allocates nothing (no path strings, no cycle set): the common case.
 * False means "check properly" (notSerializable then names the problem, or finds none: a deep structure).
 */
function plainJson(v: unknown, depth: number): boolean {
  const t = typeof v;
  if (t === 'string' || t === 'boolean' || t === 'undefined') return true;
  if (t === 'number') return Number.isFinite(v);
  if (t !== 'object') return false;
  if (v === null) return true;
  if (depth === 0) return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!plainJson(v[i], depth - 1)) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  const o = v as Record<string, unknown>;
  for (const k in o) if (!plainJson(o[k], depth - 1)) return false;
  return true;
}

/** Why a resourceMeta cannot be persisted as JSON (undefined when it can). */
export function notSerializable(v: unknown, path = 'resourceMeta', seen?: Set<object>): string | undefined {
  if (seen === undefined && plainJson(v, 16)) return undefined;
  switch (typeof v) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return undefined;
    case 'number':
      return Number.isFinite(v) ? undefined : `${path} is ${v}`;
    case 'bigint':
    case 'function':
    case 'symbol':
      return `${path} is a ${typeof v}`;
  }
  if (v === null) return undefined;
  const o = v as object;
  seen ??= new Set();
  if (seen.has(o)) return `${path} is a circular reference`;
  const proto = Object.getPrototypeOf(o);
  if (!Array.isArray(o) && proto !== Object.prototype && proto !== null) {
    return `${path} is a ${(proto?.constructor?.name as string | undefined) ?? 'non-plain object'}, not a plain object`;
  }
  seen.add(o);
  if (Array.isArray(o)) {
    for (let i = 0; i < o.length; i++) {
      const r = notSerializable(o[i], `${path}[${i}]`, seen);
      if (r) return r;
    }
  } else {
    for (const [k, x] of Object.entries(o)) {
      const r = notSerializable(x, `${path}.${k}`, seen);
      if (r) return r;
    }
  }
  seen.delete(o);
  return undefined;
}

/** A short description of a value of the wrong kind: 'the string "str"', 'a list', 'null'. */
function got(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 39) + '…' : v)}`;
  if (typeof v === 'object') return 'an object';
  if (v === undefined) return 'missing';
  return `the ${typeof v} ${String(v)}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What is wrong with a list of log links at `path` (undefined when it is a list of {name, uri}). */
function logsProblem(logs: unknown, path: string): string | undefined {
  if (logs === undefined) return undefined;
  if (!Array.isArray(logs)) return `${path} that is ${got(logs)}, not a list of {name, uri}`;
  for (let i = 0; i < logs.length; i++) {
    const l: unknown = logs[i];
    if (!isObject(l)) return `${path}[${i}] that is ${got(l)}, not a {name, uri} object`;
    if (typeof l.uri !== 'string') return `${path}[${i}].uri that is ${got(l.uri)}, not a string`;
    if (l.name !== undefined && typeof l.name !== 'string') return `${path}[${i}].name that is ${got(l.name)}, not a string`;
  }
  return undefined;
}

/** What is wrong with a PhaseInfo's `error` (undefined when it is {code, message, kind?}). */
function errorProblem(e: unknown): string | undefined {
  if (e === undefined) return undefined;
  if (!isObject(e)) return `an error that is ${got(e)}, not an object {code, message, kind} (use phaseInfoFailure(code, message))`;
  if (typeof e.code !== 'string') return `error.code that is ${got(e.code)}, not a string`;
  if (typeof e.message !== 'string') return `error.message that is ${got(e.message)}, not a string`;
  if (e.kind !== undefined && e.kind !== 'USER' && e.kind !== 'SYSTEM') return `error.kind ${got(e.kind)} (expected "USER" or "SYSTEM")`;
  return undefined;
}

/** What is wrong with a PhaseInfo's `info` (undefined when it has the documented shape). */
function infoProblem(info: unknown): string | undefined {
  if (info === undefined) return undefined;
  if (!isObject(info)) return `info that is ${got(info)}, not an object`;
  const logs = logsProblem(info.logs, 'info.logs');
  if (logs) return logs;
  if (info.occurredAt !== undefined && typeof info.occurredAt !== 'string') return `info.occurredAt that is ${got(info.occurredAt)}, not an ISO-8601 string`;
  if (info.customInfo !== undefined && !isObject(info.customInfo)) return `info.customInfo that is ${got(info.customInfo)}, not an object`;
  const ext = info.externalResources;
  if (ext === undefined) return undefined;
  if (!Array.isArray(ext)) return `info.externalResources that is ${got(ext)}, not a list`;
  for (let i = 0; i < ext.length; i++) {
    const r: unknown = ext[i];
    if (!isObject(r)) return `info.externalResources[${i}] that is ${got(r)}, not an object`;
    const l = logsProblem(r.logs, `info.externalResources[${i}].logs`);
    if (l) return l;
  }
  return undefined;
}

/** What is wrong with a PhaseInfo a plugin returned (undefined when it is valid): the field, what it is and what it should be. */
export function phaseInfoProblem(pi: unknown): string | undefined {
  if (typeof pi !== 'object' || pi === null) return `${pi === null ? 'null' : typeof pi} instead of a PhaseInfo`;
  const p = pi as PhaseInfo;
  if (!isPhase(p.phase)) return `an unknown phase ${JSON.stringify(p.phase) ?? String(p.phase)} (expected one of ${PHASES.join(', ')})`;
  if (p.version !== undefined && (!Number.isInteger(p.version) || p.version < 0)) return `an invalid version ${String(p.version)}`;
  if (p.reason !== undefined && typeof p.reason !== 'string') return `a reason that is ${got(p.reason)}, not a string`;
  return errorProblem(p.error) ?? infoProblem(p.info);
}

/**
 * Why outputs cannot be stored and shown as they are (undefined when they can): a function, a symbol, a
 * Map, a Set, a Promise or a circular reference, which JSON would drop or mangle without a word.
 * Bigints and non-finite numbers are fine (the CLI keeps them exactly).
 */
export function outputsProblem(outputs: unknown): string | undefined {
  const seen = new Set<object>();
  const visit = (v: unknown, path: string): string | undefined => {
    if (typeof v === 'function' || typeof v === 'symbol') return `${path} is a ${typeof v}`;
    if (typeof v !== 'object' || v === null) return undefined;
    if (v instanceof Map || v instanceof Set || v instanceof WeakMap || v instanceof WeakSet || v instanceof Promise) return `${path} is a ${v.constructor.name}`;
    if (v instanceof Date || ArrayBuffer.isView(v)) return undefined;
    if (seen.has(v)) return `${path} is a circular reference`;
    seen.add(v);
    let r: string | undefined;
    if (Array.isArray(v)) for (let i = 0; i < v.length && !r; i++) r = visit(v[i], `${path}[${i}]`);
    else for (const k of Object.keys(v)) if ((r = visit((v as Record<string, unknown>)[k], `${path}.${k}`))) break;
    seen.delete(v);
    return r;
  };
  return plainJson(outputs, 16) ? undefined : visit(outputs, 'outputs');
}

/** The size of a value as JSON in bytes (bigints counted by their digits). */
export function jsonSize(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x)) ?? '', 'utf8');
}
