/**
 * The protobuf well-known types the type engine meets, between their proto-loader form (the plain objects
 * `@grpc/proto-loader` produces with the project's LOADER_OPTIONS: Struct Values in camelCase, int64 as
 * decimal strings) and plain JavaScript: Struct ↔ object, Timestamp ↔ Date / ISO-8601, Duration ↔ Go
 * duration string, int64 ↔ exact decimal string. Codec-neutral: no gRPC, no descriptors.
 */
import { parseDuration } from '../util/duration.js';

/** A value that cannot be converted, with the path of the offending field (e.g. `inputs.n`). */
export class ProtoConversionError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path ? path + ': ' : ''}${message}`);
    this.name = 'ProtoConversionError';
  }
}

/** An int64 as the exact decimal string proto-loader encodes without loss. */
export function int64FromJson(v: unknown, path: string): string {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) throw new ProtoConversionError(path, `expected an integer, got ${v}`);
    if (!Number.isSafeInteger(v)) {
      throw new ProtoConversionError(path, `integer ${v} is beyond 2^53 and has lost precision; pass it as a string or a BigInt`);
    }
    return String(v);
  }
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return BigInt(v.trim()).toString();
  throw new ProtoConversionError(path, `expected an integer, got ${describe(v)}`);
}

/** google.protobuf.Struct (proto-loader form: Value fields are camelCase) → a plain object. */
export function structToJson(obj: unknown): Record<string, unknown> {
  const fields = (obj as { fields?: Record<string, unknown> } | null)?.fields ?? {};
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, valueToJson(v)]));
}

export function valueToJson(v: unknown): unknown {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  const kind =
    (o.kind as string | undefined) ??
    ['nullValue', 'numberValue', 'stringValue', 'boolValue', 'structValue', 'listValue'].find((k) => o[k] !== undefined && o[k] !== null);
  switch (kind) {
    case 'numberValue':
      return o.numberValue;
    case 'stringValue':
      return o.stringValue;
    case 'boolValue':
      return o.boolValue;
    case 'structValue':
      return structToJson(o.structValue);
    case 'listValue':
      return ((o.listValue as { values?: unknown[] } | null)?.values ?? []).map(valueToJson);
    default:
      return null;
  }
}

/** A plain object → google.protobuf.Struct. Numbers become doubles (BigInts too: Struct cannot carry int64). */
export function structFromJson(obj: Record<string, unknown>): { fields: Record<string, unknown> } {
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) fields[k] = valueFromJson(v);
  return { fields };
}

export function valueFromJson(v: unknown): Record<string, unknown> {
  if (v === null || v === undefined) return { nullValue: 'NULL_VALUE' };
  if (typeof v === 'number') return { numberValue: v };
  if (typeof v === 'bigint') return { numberValue: Number(v) };
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  if (v instanceof Date) return { stringValue: v.toISOString() };
  if (Array.isArray(v)) return { listValue: { values: v.map(valueFromJson) } };
  if (v instanceof Uint8Array) return { stringValue: Buffer.from(v).toString('base64') };
  if (typeof v === 'object') return { structValue: structFromJson(v as Record<string, unknown>) };
  return { stringValue: String(v) };
}

export interface TimestampLike {
  seconds?: string | number | null;
  nanos?: number | null;
}

export function timestampToDate(t: TimestampLike): Date {
  return new Date(Number(t.seconds ?? 0) * 1000 + Math.floor((t.nanos ?? 0) / 1e6));
}

/** ISO-8601 string (nanosecond fractions kept), Date, or {seconds, nanos} → Timestamp. */
export function timestampFromJson(v: unknown, path: string): { seconds: string; nanos: number } {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw new ProtoConversionError(path, 'invalid date');
    const ms = v.getTime();
    const seconds = Math.floor(ms / 1000);
    return { seconds: String(seconds), nanos: (ms - seconds * 1000) * 1e6 };
  }
  if (typeof v === 'string') {
    const m = /^(.*?T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/i.exec(v.trim());
    const base = m ? Date.parse(`${m[1]}${m[3] ?? 'Z'}`) : Date.parse(v);
    if (Number.isNaN(base)) {
      throw new ProtoConversionError(path, `invalid datetime ${JSON.stringify(v)}; expected ISO-8601 such as 2024-05-01T12:00:00Z`);
    }
    const nanos = m?.[2] ? Number(m[2].padEnd(9, '0')) : 0;
    return { seconds: String(Math.floor(base / 1000)), nanos: m ? nanos : (base % 1000) * 1e6 };
  }
  if (v && typeof v === 'object' && 'seconds' in v) {
    const t = v as TimestampLike;
    return { seconds: int64FromJson(t.seconds ?? 0, path + '.seconds'), nanos: Number(t.nanos ?? 0) };
  }
  throw new ProtoConversionError(path, `expected a datetime (ISO-8601 string or Date), got ${describe(v)}`);
}

export function durationToMs(d: TimestampLike): number {
  return Number(d.seconds ?? 0) * 1000 + (d.nanos ?? 0) / 1e6;
}

/** Go duration string ("1h30m", "1.5s"), a number of seconds, or {seconds, nanos} → Duration. */
export function durationFromJson(v: unknown, path: string): { seconds: string; nanos: number } {
  let ms: number;
  if (typeof v === 'string') {
    try {
      ms = parseDuration(v);
    } catch {
      throw new ProtoConversionError(path, `invalid duration ${JSON.stringify(v)}; expected a Go duration such as 90s, 1.5s or 1h30m`);
    }
  } else if (typeof v === 'number' && Number.isFinite(v)) {
    ms = v * 1000;
  } else if (v && typeof v === 'object' && 'seconds' in v) {
    const t = v as TimestampLike;
    return { seconds: int64FromJson(t.seconds ?? 0, path + '.seconds'), nanos: Number(t.nanos ?? 0) };
  } else {
    throw new ProtoConversionError(path, `expected a duration (Go duration string or seconds), got ${describe(v)}`);
  }
  const totalNanos = BigInt(Math.round(ms * 1e6));
  const seconds = totalNanos / 1_000_000_000n;
  const nanos = Number(totalNanos - seconds * 1_000_000_000n);
  return { seconds: seconds.toString(), nanos };
}

/** A short description of a value for error messages. */

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (v instanceof Date) return 'a date';
  if (v instanceof Uint8Array) return 'bytes';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  if (typeof v === 'bigint') return `the integer ${v}`;
  return `${typeof v} ${String(v)}`;
}
