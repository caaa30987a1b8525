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

/** What is wrong with a PhaseInfo a plugin returned (undefined when it is valid). */
export function phaseInfoProblem(pi: unknown): string | undefined {
  if (typeof pi !== 'object' || pi === null) return `${pi === null ? 'null' : typeof pi} instead of a PhaseInfo`;
  const p = pi as PhaseInfo;
  if (!isPhase(p.phase)) return `an unknown phase ${JSON.stringify(p.phase) ?? String(p.phase)} (expected one of ${PHASES.join(', ')})`;
  if (p.version !== undefined && (!Number.isInteger(p.version) || p.version < 0)) return `an invalid version ${String(p.version)}`;
  return undefined;
}
