/**
 * Conversion between proto-loader objects (snake_case, enums as names, int64 as strings) and the
 * "JSON form" plugins see (protobuf's canonical JSON names in camelCase, google.protobuf.Struct as a
 * plain object, Timestamp as an ISO string, Duration as a Go duration string, wrappers unwrapped).
 *
 * Driven by the message descriptors proto-loader keeps in the PackageDefinition, so every flyteidl
 * message (TaskTemplate, TaskExecutionMetadata, LiteralType, ...) converts without hand-written maps.
 * Encoding (JSON form → proto) is strict: an unknown field or enum name is an error naming the path,
 * never a silent zero.
 */
import type { PackageDefinition } from '@grpc/proto-loader';
import { formatDuration, parseDuration } from '../util/duration.js';

interface FieldDesc {
  name: string;
  jsonName: string;
  repeated: boolean;
  kind: 'scalar' | 'enum' | 'message' | 'map';
  /** TYPE_INT64, TYPE_STRING, ... for scalars. */
  scalarType?: string;
  /** Full name of the message/enum type (for maps: of the value type). */
  typeName?: string;
  /** For maps: the value field. */
  mapValue?: FieldDesc;
}

interface MessageDesc {
  kind: 'message';
  fullName: string;
  fields: FieldDesc[];
  byKey: Map<string, FieldDesc>;
  oneofs: string[];
  mapEntry: boolean;
  raw: RawDescriptor;
}

interface EnumDesc {
  kind: 'enum';
  fullName: string;
  values: Map<string, number>;
  names: Map<number, string>;
}

interface RawField {
  name: string;
  number: number;
  label: string;
  type: string;
  typeName: string;
}
interface RawDescriptor {
  name?: string;
  field?: RawField[];
  nestedType?: RawDescriptor[];
  enumType?: { name: string; value: { name: string; number: number }[] }[];
  oneofDecl?: { name: string }[];
  options?: { mapEntry?: boolean } | null;
  value?: { name: string; number: number }[];
}

export class ProtoConversionError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path ? path + ': ' : ''}${message}`);
    this.name = 'ProtoConversionError';
  }
}

const WRAPPERS = new Set([
  'google.protobuf.DoubleValue',
  'google.protobuf.FloatValue',
  'google.protobuf.Int64Value',
  'google.protobuf.UInt64Value',
  'google.protobuf.Int32Value',
  'google.protobuf.UInt32Value',
  'google.protobuf.BoolValue',
  'google.protobuf.StringValue',
  'google.protobuf.BytesValue',
]);

const INT64 = new Set(['TYPE_INT64', 'TYPE_UINT64', 'TYPE_SINT64', 'TYPE_FIXED64', 'TYPE_SFIXED64']);
const INT32 = new Set(['TYPE_INT32', 'TYPE_UINT32', 'TYPE_SINT32', 'TYPE_FIXED32', 'TYPE_SFIXED32']);

function camel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The descriptor index of a PackageDefinition (nested types included), with protobuf name resolution. */
export class ProtoSchema {
  private readonly raw = new Map<string, { kind: 'message' | 'enum'; desc: RawDescriptor }>();
  private readonly messages = new Map<string, MessageDesc>();
  private readonly enums = new Map<string, EnumDesc>();

  constructor(pkg: PackageDefinition) {
    for (const [fullName, def] of Object.entries(pkg)) {
      const d = def as { format?: string; type?: RawDescriptor };
      if (!d || typeof d !== 'object' || !d.type || typeof d.format !== 'string') continue;
      if (d.format.includes('EnumDescriptorProto')) this.raw.set(fullName, { kind: 'enum', desc: d.type });
      else if (d.format.includes('DescriptorProto')) this.indexMessage(fullName, d.type);
    }
  }

  private indexMessage(fullName: string, desc: RawDescriptor): void {
    this.raw.set(fullName, { kind: 'message', desc });
    for (const n of desc.nestedType ?? []) if (n.name) this.indexMessage(`${fullName}.${n.name}`, n);
    for (const e of desc.enumType ?? []) this.raw.set(`${fullName}.${e.name}`, { kind: 'enum', desc: { value: e.value } });
  }

  /** Protobuf scoping: `Foo` inside `a.b.Msg` is looked up as a.b.Msg.Foo, a.b.Foo, a.Foo, Foo. */
  private resolveName(scope: string, typeName: string): string {
    if (typeName.startsWith('.')) return typeName.slice(1);
    const parts = scope.split('.');
    for (let i = parts.length; i >= 0; i--) {
      const candidate = [...parts.slice(0, i), typeName].join('.');
      if (this.raw.has(candidate)) return candidate;
    }
    throw new Error(`cannot resolve protobuf type ${typeName} from ${scope}`);
  }

  message(fullName: string): MessageDesc {
    const hit = this.messages.get(fullName);
    if (hit) return hit;
    const r = this.raw.get(fullName);
    if (!r || r.kind !== 'message') throw new Error(`unknown protobuf message ${fullName}`);
    const desc: MessageDesc = {
      kind: 'message',
      fullName,
      fields: [],
      byKey: new Map(),
      oneofs: (r.desc.oneofDecl ?? []).map((o) => o.name),
      mapEntry: Boolean(r.desc.options?.mapEntry),
      raw: r.desc,
    };
    this.messages.set(fullName, desc); // before resolving fields: types may be recursive
    for (const f of r.desc.field ?? []) {
      const field = this.fieldOf(fullName, f);
      desc.fields.push(field);
      desc.byKey.set(field.name, field);
      desc.byKey.set(field.jsonName, field);
    }
    return desc;
  }

  enumType(fullName: string): EnumDesc {
    const hit = this.enums.get(fullName);
    if (hit) return hit;
    const r = this.raw.get(fullName);
    if (!r || r.kind !== 'enum') throw new Error(`unknown protobuf enum ${fullName}`);
    const values = new Map<string, number>();
    const names = new Map<number, string>();
    for (const v of r.desc.value ?? []) {
      values.set(v.name, v.number);
      if (!names.has(v.number)) names.set(v.number, v.name);
    }
    const e: EnumDesc = { kind: 'enum', fullName, values, names };
    this.enums.set(fullName, e);
    return e;
  }

  private fieldOf(scope: string, f: RawField): FieldDesc {
    const base = { name: f.name, jsonName: camel(f.name), repeated: f.label === 'LABEL_REPEATED' };
    if (f.type === 'TYPE_ENUM') return { ...base, kind: 'enum', typeName: this.resolveName(scope, f.typeName) };
    if (f.type === 'TYPE_MESSAGE' || f.type === 'TYPE_GROUP') {
      const typeName = this.resolveName(scope, f.typeName);
      const r = this.raw.get(typeName);
      if (r?.kind === 'message' && r.desc.options?.mapEntry) {
        const valueRaw = (r.desc.field ?? []).find((x) => x.name === 'value');
        if (!valueRaw) throw new Error(`map entry ${typeName} has no value field`);
        return { ...base, repeated: false, kind: 'map', typeName, mapValue: this.fieldOf(typeName, valueRaw) };
      }
      return { ...base, kind: 'message', typeName };
    }
    return { ...base, kind: 'scalar', scalarType: f.type };
  }

  // ---------------------------------------------------------------- proto → JSON form

  /** A decoded proto-loader message → its JSON form (defaults omitted, oneof members kept). */
  toJson(typeName: string, obj: unknown): unknown {
    if (obj === null || obj === undefined) return undefined;
    const wk = wellKnownToJson(typeName, obj);
    if (wk !== NOT_WELL_KNOWN) return wk;
    const desc = this.message(typeName);
    const o = obj as Record<string, unknown>;
    const setOneofMembers = new Set(desc.oneofs.map((n) => o[n]).filter((v): v is string => typeof v === 'string'));
    const out: Record<string, unknown> = {};
    for (const f of desc.fields) {
      const v = o[f.name];
      if (v === undefined || v === null) continue;
      const keepDefault = setOneofMembers.has(f.name);
      if (f.kind === 'map') {
        const entries = Object.entries(v as Record<string, unknown>);
        if (entries.length === 0) continue;
        out[f.jsonName] = Object.fromEntries(entries.map(([k, x]) => [k, this.singleToJson(f.mapValue!, x, true)]));
      } else if (f.repeated) {
        const arr = v as unknown[];
        if (arr.length === 0) continue;
        out[f.jsonName] = arr.map((x) => this.singleToJson(f, x, true));
      } else {
        const x = this.singleToJson(f, v, keepDefault);
        if (x !== undefined) out[f.jsonName] = x;
      }
    }
    return out;
  }

  private singleToJson(f: FieldDesc, v: unknown, keepDefault: boolean): unknown {
    switch (f.kind) {
      case 'message':
        return this.toJson(f.typeName!, v) ?? (keepDefault ? {} : undefined);
      case 'enum': {
        const name = typeof v === 'number' ? this.enumType(f.typeName!).names.get(v) ?? v : v;
        if (!keepDefault && this.enumType(f.typeName!).values.get(String(name)) === 0) return undefined;
        return name;
      }
      default: {
        if (Buffer.isBuffer(v) || v instanceof Uint8Array) {
          return v.length === 0 && !keepDefault ? undefined : Buffer.from(v).toString('base64');
        }
        if (!keepDefault && (v === '' || v === 0 || v === false || v === '0')) return undefined;
        return v;
      }
    }
  }

  // ---------------------------------------------------------------- JSON form → proto

  /**
   * JSON form (camelCase or snake_case keys) → a proto-loader input object (snake_case).
   * Throws ProtoConversionError naming the path of the first problem.
   */
  fromJson(typeName: string, json: unknown, path = ''): Record<string, unknown> | unknown {
    const wk = wellKnownFromJson(typeName, json, path);
    if (wk !== NOT_WELL_KNOWN) return wk;
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
      throw new ProtoConversionError(path, `expected an object (${shortName(typeName)}), got ${describe(json)}`);
    }
    const desc = this.message(typeName);
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
      if (value === undefined) continue;
      const f = desc.byKey.get(key);
      const at = path ? `${path}.${key}` : key;
      if (!f) {
        const known = desc.fields.map((x) => x.jsonName);
        const guess = closest(key, known);
        throw new ProtoConversionError(
          at,
          `unknown field of ${shortName(typeName)}${guess ? ` (did you mean "${guess}"?)` : ''}; known fields: ${known.join(', ')}`,
        );
      }
      if (value === null) continue;
      if (f.kind === 'map') {
        if (typeof value !== 'object' || Array.isArray(value)) throw new ProtoConversionError(at, `expected a map (object), got ${describe(value)}`);
        out[f.name] = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, x]) => [k, this.singleFromJson(f.mapValue!, x, `${at}.${k}`)]));
      } else if (f.repeated) {
        if (!Array.isArray(value)) throw new ProtoConversionError(at, `expected a list, got ${describe(value)}`);
        out[f.name] = value.map((x, i) => this.singleFromJson(f, x, `${at}[${i}]`));
      } else {
        out[f.name] = this.singleFromJson(f, value, at);
      }
    }
    return out;
  }

  /** Encode an enum value by name (or number), rejecting anything the enum does not define. */
  enumValue(typeName: string, value: unknown, path: string): string {
    const e = this.enumType(typeName);
    if (typeof value === 'string' && e.values.has(value)) return value;
    if (typeof value === 'number' && e.names.has(value)) return e.names.get(value)!;
    const guess = typeof value === 'string' ? closest(value, [...e.values.keys()]) : undefined;
    throw new ProtoConversionError(
      path,
      `invalid ${shortName(typeName)} ${JSON.stringify(value)}${guess ? ` (did you mean ${guess}?)` : ''}; expected one of ${[...e.values.keys()].join(', ')}`,
    );
  }

  private singleFromJson(f: FieldDesc, v: unknown, path: string): unknown {
    if (f.kind === 'message') return this.fromJson(f.typeName!, v, path);
    if (f.kind === 'enum') return this.enumValue(f.typeName!, v, path);
    return scalarFromJson(f.scalarType!, v, path);
  }
}

function scalarFromJson(type: string, v: unknown, path: string): unknown {
  if (INT64.has(type)) return int64FromJson(v, path);
  if (INT32.has(type)) {
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
    throw new ProtoConversionError(path, `expected an integer, got ${describe(v)}`);
  }
  switch (type) {
    case 'TYPE_DOUBLE':
    case 'TYPE_FLOAT':
      if (typeof v === 'number') return v;
      if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
      throw new ProtoConversionError(path, `expected a number, got ${describe(v)}`);
    case 'TYPE_BOOL':
      if (typeof v === 'boolean') return v;
      throw new ProtoConversionError(path, `expected true or false, got ${describe(v)}`);
    case 'TYPE_STRING':
      if (typeof v === 'string') return v;
      if (typeof v === 'number' || typeof v === 'boolean') return String(v);
      throw new ProtoConversionError(path, `expected a string, got ${describe(v)}`);
    case 'TYPE_BYTES':
      if (v instanceof Uint8Array) return Buffer.from(v);
      if (typeof v === 'string') return Buffer.from(v, 'base64');
      throw new ProtoConversionError(path, `expected bytes (a Uint8Array or base64 string), got ${describe(v)}`);
    default:
      return v;
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

// ---------------------------------------------------------------- well-known types

const NOT_WELL_KNOWN = Symbol('not-well-known');

function wellKnownToJson(typeName: string, obj: unknown): unknown {
  switch (typeName) {
    case 'google.protobuf.Struct':
      return structToJson(obj);
    case 'google.protobuf.Value':
      return valueToJson(obj);
    case 'google.protobuf.ListValue':
      return ((obj as { values?: unknown[] }).values ?? []).map(valueToJson);
    case 'google.protobuf.Timestamp':
      return timestampToDate(obj as TimestampLike).toISOString();
    case 'google.protobuf.Duration':
      return formatDuration(durationToMs(obj as TimestampLike));
    default:
      if (WRAPPERS.has(typeName)) {
        const v = (obj as { value?: unknown }).value;
        return Buffer.isBuffer(v) ? v.toString('base64') : v;
      }
      return NOT_WELL_KNOWN;
  }
}

function wellKnownFromJson(typeName: string, json: unknown, path: string): unknown {
  switch (typeName) {
    case 'google.protobuf.Struct':
      if (json === null || typeof json !== 'object' || Array.isArray(json)) {
        throw new ProtoConversionError(path, `expected an object (Struct), got ${describe(json)}`);
      }
      return structFromJson(json as Record<string, unknown>);
    case 'google.protobuf.Value':
      return valueFromJson(json);
    case 'google.protobuf.ListValue':
      if (!Array.isArray(json)) throw new ProtoConversionError(path, `expected a list, got ${describe(json)}`);
      return { values: json.map(valueFromJson) };
    case 'google.protobuf.Timestamp':
      return timestampFromJson(json, path);
    case 'google.protobuf.Duration':
      return durationFromJson(json, path);
    default:
      if (WRAPPERS.has(typeName)) {
        const inner = typeName === 'google.protobuf.Int64Value' || typeName === 'google.protobuf.UInt64Value' ? int64FromJson(json, path) : json;
        return { value: inner };
      }
      return NOT_WELL_KNOWN;
  }
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

// ---------------------------------------------------------------- helpers

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

function shortName(typeName: string): string {
  return typeName.split('.').pop() ?? typeName;
}

/** The closest candidate by edit distance (≤ 2, or a case-insensitive match), for "did you mean". */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = c.toLowerCase() === w ? 0 : levenshtein(w, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return bestD <= Math.max(2, Math.floor(word.length / 4)) ? best : undefined;
}

function levenshtein(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}
