/**
 * The leaves of ProtoSchema's conversion (./reflect.ts): scalar fields, and the protobuf well-known types
 * (Struct, Value, ListValue, Timestamp, Duration, wrappers) that the JSON form shows as plain values rather
 * than as messages. Kept apart from the message walk so each conversion rule is in one place.
 */
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

/** A scalar field value in JSON form → its proto-loader input value; throws ProtoConversionError naming the path. */
export function scalarFromJson(type: string, v: unknown, path: string): unknown {
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

/** What the well-known conversions return for a type that is not one of them. */
export const NOT_WELL_KNOWN = Symbol('not-well-known');

/** A decoded well-known message → its JSON form, or NOT_WELL_KNOWN for any other type. */
export function wellKnownToJson(typeName: string, obj: unknown): unknown {
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

/** The JSON form of a well-known type → its proto-loader input, or NOT_WELL_KNOWN for any other type. */
export function wellKnownFromJson(typeName: string, json: unknown, path: string): unknown {
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
