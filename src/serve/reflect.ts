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
import {
  describe,
  durationFromJson,
  durationToMs,
  int64FromJson,
  ProtoConversionError,
  structFromJson,
  structToJson,
  timestampFromJson,
  timestampToDate,
  type TimestampLike,
  valueFromJson,
  valueToJson,
} from '../literals/well-known.js';
import { formatDuration } from '../util/duration.js';
import { closest } from '../util/suggest.js';

export { ProtoConversionError };

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

// ---------------------------------------------------------------- helpers
function shortName(typeName: string): string {
  return typeName.split('.').pop() ?? typeName;
}

