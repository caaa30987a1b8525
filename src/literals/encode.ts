/**
 * Plain value → literal, by the declared LiteralType when there is one, by the value's runtime type
 * otherwise (as flytekit does for dict outputs). See index.ts for the table.
 */
import { packMsgpack } from './msgpack.js';
import { isPlainObject, isSet, LiteralError, type Obj, type ProtoLiteral, type ProtoLiteralType } from './types.js';
import { describe, durationFromJson, int64FromJson, type ProtoConversionError, structFromJson, structToJson, timestampFromJson } from './well-known.js';

/** Plain values → a LiteralMap, using declared types where given (`types[name]`), inferring otherwise. */
export function valuesToLiteralMap(
  values: Record<string, unknown>,
  types: Record<string, ProtoLiteralType | undefined> = {},
  path = 'outputs',
): { literals: Record<string, ProtoLiteral> } {
  const literals: Record<string, ProtoLiteral> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    literals[k] = valueToLiteral(v, types[k], `${path}.${k}`);
  }
  return { literals };
}

export function valueToLiteral(value: unknown, type: ProtoLiteralType | undefined, path: string): ProtoLiteral {
  if (!type) return inferLiteral(value, path);
  if (isSet(type.simple)) return simpleLiteral(String(type.simple), value, type, path);
  if (isSet(type.collection_type)) {
    if (!Array.isArray(value)) throw new LiteralError(path, `expected a list, got ${describe(value)}`);
    return { collection: { literals: value.map((v, i) => valueToLiteral(v, type.collection_type as Obj, `${path}[${i}]`)) } };
  }
  if (isSet(type.map_value_type)) {
    if (!isPlainObject(value)) throw new LiteralError(path, `expected a map (object), got ${describe(value)}`);
    return { map: valuesToLiteralMap(value, new Proxy({}, { get: () => type.map_value_type as Obj }), path) };
  }
  if (isSet(type.blob)) {
    if (typeof value !== 'string' || value === '') throw new LiteralError(path, `expected a blob URI string (s3://, gs://, file://...), got ${describe(value)}`);
    return { scalar: { blob: { uri: value, metadata: { type: type.blob } } } };
  }
  if (isSet(type.structured_dataset_type)) {
    if (typeof value !== 'string') throw new LiteralError(path, `expected a structured dataset URI string, got ${describe(value)}`);
    return { scalar: { structured_dataset: { uri: value, metadata: { structured_dataset_type: type.structured_dataset_type } } } };
  }
  if (isSet(type.enum_type)) {
    const allowed = (((type.enum_type as Obj).values as string[] | undefined) ?? []);
    if (typeof value !== 'string' || (allowed.length > 0 && !allowed.includes(value))) {
      throw new LiteralError(path, `expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${describe(value)}`);
    }
    return { scalar: { primitive: { string_value: value } } };
  }
  if (isSet(type.union_type)) {
    const variants = (((type.union_type as Obj).variants as ProtoLiteralType[] | undefined) ?? []);
    const problems: string[] = [];
    for (const variant of variants) {
      try {
        const lit = valueToLiteral(value, variant, path);
        return { scalar: { union: { value: lit, type: variant } } };
      } catch (err) {
        problems.push((err as Error).message);
      }
    }
    throw new LiteralError(path, `matches no variant of the union: ${problems.join('; ')}`);
  }
  if (isSet(type.schema)) {
    if (typeof value !== 'string') throw new LiteralError(path, `expected a schema URI string, got ${describe(value)}`);
    return { scalar: { schema: { uri: value, type: type.schema } } };
  }
  return inferLiteral(value, path);
}

function simpleLiteral(simple: string, value: unknown, type: ProtoLiteralType, path: string): ProtoLiteral {
  const prim = (p: Obj): ProtoLiteral => ({ scalar: { primitive: p } });
  switch (simple) {
    case 'INTEGER':
      try {
        return prim({ integer: int64FromJson(value, path) });
      } catch (err) {
        throw new LiteralError(path, (err as ProtoConversionError).message.replace(`${path}: `, ''));
      }
    case 'FLOAT':
      if (typeof value === 'number') return prim({ float_value: value });
      if (typeof value === 'bigint') return prim({ float_value: Number(value) });
      throw new LiteralError(path, `expected a number (FLOAT), got ${describe(value)}`);
    case 'STRING':
      if (typeof value === 'string') return prim({ string_value: value });
      throw new LiteralError(path, `expected a string (STRING), got ${describe(value)}`);
    case 'BOOLEAN':
      if (typeof value === 'boolean') return prim({ boolean: value });
      throw new LiteralError(path, `expected true or false (BOOLEAN), got ${describe(value)}`);
    case 'DATETIME':
      return prim({ datetime: timestampFromJson(value, path) });
    case 'DURATION':
      return prim({ duration: durationFromJson(value, path) });
    case 'NONE':
      if (value === null) return { scalar: { none_type: {} } };
      throw new LiteralError(path, `expected null (NONE), got ${describe(value)}`);
    case 'STRUCT':
      if (!isPlainObject(value)) throw new LiteralError(path, `expected an object (STRUCT), got ${describe(value)}`);
      return wantsMsgpack(type) ? msgpackLiteral(value) : { scalar: { generic: structFromJson(value) } };
    case 'BINARY':
      if (value instanceof Uint8Array) return { scalar: { binary: { value: Buffer.from(value), tag: '' } } };
      throw new LiteralError(path, `expected bytes (Uint8Array), got ${describe(value)}`);
    default:
      throw new LiteralError(path, `unsupported simple type ${simple}`);
  }
}

/** flytekit ≥ 1.14 marks msgpack-serialized dataclasses/dicts in the type's annotation. */
function wantsMsgpack(type: ProtoLiteralType): boolean {
  const ann = type.annotation as Obj | null | undefined;
  return Boolean(ann && JSON.stringify(structToJson(ann.annotations)).toLowerCase().includes('msgpack'));
}

export function msgpackLiteral(value: unknown): ProtoLiteral {
  return { scalar: { binary: { value: packMsgpack(value), tag: 'msgpack' } } };
}

/** Encode without a declared type: the value's runtime type decides (as flytekit does for dict outputs). */
export function inferLiteral(value: unknown, path: string): ProtoLiteral {
  const prim = (p: Obj): ProtoLiteral => ({ scalar: { primitive: p } });
  if (value === null || value === undefined) return { scalar: { none_type: {} } };
  if (typeof value === 'boolean') return prim({ boolean: value });
  if (typeof value === 'bigint') return prim({ integer: value.toString() });
  if (typeof value === 'number') {
    if (Number.isInteger(value) && Number.isSafeInteger(value)) return prim({ integer: String(value) });
    return prim({ float_value: value });
  }
  if (typeof value === 'string') return prim({ string_value: value });
  if (value instanceof Date) return prim({ datetime: timestampFromJson(value, path) });
  if (value instanceof Uint8Array) return { scalar: { binary: { value: Buffer.from(value), tag: '' } } };
  if (Array.isArray(value)) return { collection: { literals: value.map((v, i) => inferLiteral(v, `${path}[${i}]`)) } };
  if (isPlainObject(value)) return containsBigInt(value) ? msgpackLiteral(value) : { scalar: { generic: structFromJson(value) } };
  throw new LiteralError(path, `cannot convert ${describe(value)} to a Flyte literal`);
}

/** The LiteralType a value would be inferred as (for interfaces built from plain inputs). */
export function inferLiteralType(value: unknown): ProtoLiteralType {
  if (value === null || value === undefined) return { simple: 'NONE' };
  if (typeof value === 'boolean') return { simple: 'BOOLEAN' };
  if (typeof value === 'bigint') return { simple: 'INTEGER' };
  if (typeof value === 'number') return { simple: Number.isSafeInteger(value) ? 'INTEGER' : 'FLOAT' };
  if (typeof value === 'string') return { simple: 'STRING' };
  if (value instanceof Date) return { simple: 'DATETIME' };
  if (value instanceof Uint8Array) return { simple: 'BINARY' };
  if (Array.isArray(value)) return { collection_type: value.length ? inferLiteralType(value[0]) : { simple: 'NONE' } };
  return { simple: 'STRUCT' };
}

function containsBigInt(v: unknown): boolean {
  if (typeof v === 'bigint') return true;
  if (Array.isArray(v)) return v.some(containsBigInt);
  if (isPlainObject(v)) return Object.values(v).some(containsBigInt);
  return false;
}
