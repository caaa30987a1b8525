/**
 * Literal → plain value. Needs no declared types: a literal describes itself (see index.ts for the table).
 */
import { formatDuration } from '../util/duration.js';
import { unpackMsgpack } from './msgpack.js';
import { isSet, LiteralError, type Obj, type ProtoLiteral, type ProtoLiteralMap } from './types.js';
import { durationToMs, structToJson, timestampToDate, type TimestampLike } from './well-known.js';

export function literalMapToValues(map: ProtoLiteralMap | null | undefined, path = 'inputs'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, lit] of Object.entries(map?.literals ?? {})) out[k] = literalToValue(lit, `${path}.${k}`);
  return out;
}

export function literalToValue(literal: object | null | undefined, path: string): unknown {
  if (!literal) return null;
  const lit = literal as ProtoLiteral;
  if (isSet(lit.scalar)) return scalarToValue(lit.scalar as Obj, path);
  if (isSet(lit.collection)) return (((lit.collection as Obj).literals as ProtoLiteral[] | undefined) ?? []).map((l, i) => literalToValue(l, `${path}[${i}]`));
  if (isSet(lit.map)) return literalMapToValues(lit.map as ProtoLiteralMap, path);
  if (isSet(lit.offloaded_metadata)) {
    const uri = (lit.offloaded_metadata as Obj).uri;
    throw new LiteralError(path, `the literal is offloaded to ${String(uri)}; offloaded literals are not supported (raise Propeller's literal-offloading threshold for this task)`);
  }
  return null;
}

function scalarToValue(s: Obj, path: string): unknown {
  if (isSet(s.primitive)) return primitiveToValue(s.primitive as Obj, path);
  if (isSet(s.blob)) return (s.blob as Obj).uri ?? '';
  if (isSet(s.binary)) {
    const b = s.binary as Obj;
    const bytes = toBuffer(b.value);
    if (b.tag === 'msgpack') {
      try {
        return narrowBigInts(unpackMsgpack(bytes));
      } catch (err) {
        throw new LiteralError(path, `invalid msgpack binary: ${(err as Error).message}`);
      }
    }
    return bytes;
  }
  if (isSet(s.generic)) return structToJson(s.generic);
  if (isSet(s.none_type)) return null;
  if (isSet(s.union)) return literalToValue((s.union as Obj).value as ProtoLiteral, path);
  if (isSet(s.structured_dataset)) return (s.structured_dataset as Obj).uri ?? '';
  if (isSet(s.schema)) return (s.schema as Obj).uri ?? '';
  if (isSet(s.error)) {
    const e = s.error as Obj;
    throw new LiteralError(path, `the input is an upstream error (node ${String(e.failed_node_id)}): ${String(e.message)}`);
  }
  return null;
}

function primitiveToValue(p: Obj, path: string): unknown {
  const which = (p.value as string | undefined) ?? ['integer', 'float_value', 'string_value', 'boolean', 'datetime', 'duration'].find((k) => isSet(p[k]));
  switch (which) {
    case 'integer': {
      const s = String(p.integer);
      const big = BigInt(s);
      return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
    }
    case 'float_value':
      return Number(p.float_value);
    case 'string_value':
      return p.string_value;
    case 'boolean':
      return p.boolean;
    case 'datetime':
      return timestampToDate(p.datetime as TimestampLike);
    case 'duration':
      return formatDuration(durationToMs(p.duration as TimestampLike));
    default:
      throw new LiteralError(path, 'empty primitive');
  }
}

/** msgpack int64s decode as BigInt; keep BigInt only where a number would lose precision. */
function narrowBigInts(v: unknown): unknown {
  if (typeof v === 'bigint') return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  if (Array.isArray(v)) return v.map(narrowBigInts);
  if (v && typeof v === 'object' && !(v instanceof Uint8Array) && !(v instanceof Date)) {
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, narrowBigInts(x)]));
  }
  return v;
}

function toBuffer(v: unknown): Buffer {
  if (Buffer.isBuffer(v)) return v;
  if (v instanceof Uint8Array) return Buffer.from(v);
  if (typeof v === 'string') return Buffer.from(v, 'base64');
  return Buffer.alloc(0);
}
