/**
 * LiteralTypes: from the JSON form task files and Flyte's JSON tools write (`{simple: INTEGER}`,
 * `{collectionType: …}`; snake_case also accepted) to the engine's shape (see types.ts), and in words for
 * messages ("list<INTEGER>"). Hand-written and small, so that a typed local run needs no protobuf codec.
 * (The type a literal carries and castability are in ./castable.ts.)
 */
import { closest } from '../util/suggest.js';
import { isPlainObject, isSet, LiteralError, type Obj, type ProtoLiteralType } from './types.js';
import { describe, structFromJson } from './well-known.js';

export const SIMPLE_TYPES = ['NONE', 'INTEGER', 'FLOAT', 'STRING', 'BOOLEAN', 'DATETIME', 'DURATION', 'BINARY', 'ERROR', 'STRUCT'] as const;
const SCHEMA_COLUMN_TYPES = ['INTEGER', 'FLOAT', 'STRING', 'BOOLEAN', 'DATETIME', 'DURATION'] as const;
const DIMENSIONALITIES = ['SINGLE', 'MULTIPART'] as const;
/** The oneof `type` of core.LiteralType, by JSON name → field name. */
const KINDS: Record<string, string> = {
  simple: 'simple',
  schema: 'schema',
  collectionType: 'collection_type',
  mapValueType: 'map_value_type',
  blob: 'blob',
  enumType: 'enum_type',
  structuredDatasetType: 'structured_dataset_type',
  unionType: 'union_type',
};
const EXTRAS: Record<string, string> = { metadata: 'metadata', annotation: 'annotation', structure: 'structure' };

const camel = (k: string) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** An object's keys in camelCase, refusing any not in `known` (with a "did you mean"). */
function fields(json: unknown, known: readonly string[], what: string, path: string): Obj {
  if (!isPlainObject(json)) throw new LiteralError(path, `expected ${what} (a mapping), got ${describe(json)}`);
  const out: Obj = {};
  for (const [k, v] of Object.entries(json)) {
    const key = camel(k);
    if (!known.includes(key)) {
      const guess = closest(key, known);
      throw new LiteralError(`${path}.${k}`, `unknown field of ${what}${guess ? ` (did you mean "${guess}"?)` : ''}; known fields: ${known.join(', ')}`);
    }
    if (v !== undefined && v !== null) out[key] = v;
  }
  return out;
}

function enumName<T extends string>(v: unknown, names: readonly T[], what: string, path: string): T {
  if (typeof v === 'number' && Number.isInteger(v) && names[v] !== undefined) return names[v]!;
  if (typeof v === 'string' && (names as readonly string[]).includes(v)) return v as T;
  const guess = typeof v === 'string' ? closest(v, names) : undefined;
  throw new LiteralError(path, `invalid ${what} ${JSON.stringify(v)}${guess ? ` (did you mean ${guess}?)` : ''}; expected one of ${names.join(', ')}`);
}

function stringList(v: unknown, path: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new LiteralError(path, `expected a list of strings, got ${describe(v)}`);
  return v as string[];
}

/** A LiteralType in JSON form → the engine's shape. Throws LiteralError naming the path of the problem. */
export function literalTypeFromJson(json: unknown, path: string): ProtoLiteralType {
  const f = fields(json, [...Object.keys(KINDS), ...Object.keys(EXTRAS)], 'LiteralType', path);
  const kinds = Object.keys(f).filter((k) => k in KINDS);
  if (kinds.length !== 1) {
    throw new LiteralError(path, kinds.length === 0 ? `a LiteralType needs one of ${Object.keys(KINDS).join(', ')}` : `a LiteralType has one kind, got ${kinds.join(' and ')}`);
  }
  const kind = kinds[0]!;
  const at = `${path}.${kind}`;
  const v = f[kind];
  const out: ProtoLiteralType = {};
  switch (kind) {
    case 'simple':
      out.simple = enumName(v, SIMPLE_TYPES, 'SimpleType', at);
      break;
    case 'collectionType':
    case 'mapValueType':
      out[KINDS[kind]!] = literalTypeFromJson(v, at);
      break;
    case 'blob': {
      const b = fields(v, ['format', 'dimensionality'], 'BlobType', at);
      if (b.format !== undefined && typeof b.format !== 'string') throw new LiteralError(`${at}.format`, `expected a string, got ${describe(b.format)}`);
      out.blob = { format: b.format ?? '', dimensionality: b.dimensionality === undefined ? 'SINGLE' : enumName(b.dimensionality, DIMENSIONALITIES, 'dimensionality', `${at}.dimensionality`) };
      break;
    }
    case 'enumType': {
      const e = fields(v, ['values'], 'EnumType', at);
      out.enum_type = { values: e.values === undefined ? [] : stringList(e.values, `${at}.values`) };
      break;
    }
    case 'unionType': {
      const u = fields(v, ['variants'], 'UnionType', at);
      if (u.variants !== undefined && !Array.isArray(u.variants)) throw new LiteralError(`${at}.variants`, `expected a list, got ${describe(u.variants)}`);
      out.union_type = { variants: ((u.variants as unknown[] | undefined) ?? []).map((x, i) => literalTypeFromJson(x, `${at}.variants[${i}]`)) };
      break;
    }
    case 'schema': {
      const s = fields(v, ['columns'], 'SchemaType', at);
      const cols = (s.columns ?? []) as unknown[];
      if (!Array.isArray(cols)) throw new LiteralError(`${at}.columns`, `expected a list, got ${describe(cols)}`);
      out.schema = {
        columns: cols.map((c, i) => {
          const col = fields(c, ['name', 'type'], 'SchemaColumn', `${at}.columns[${i}]`);
          return { name: String(col.name ?? ''), type: col.type === undefined ? 'INTEGER' : enumName(col.type, SCHEMA_COLUMN_TYPES, 'SchemaColumnType', `${at}.columns[${i}].type`) };
        }),
      };
      break;
    }
    case 'structuredDatasetType': {
      const s = fields(v, ['columns', 'format', 'externalSchemaType', 'externalSchemaBytes'], 'StructuredDatasetType', at);
      const cols = (s.columns ?? []) as unknown[];
      if (!Array.isArray(cols)) throw new LiteralError(`${at}.columns`, `expected a list, got ${describe(cols)}`);
      out.structured_dataset_type = {
        columns: cols.map((c, i) => {
          const col = fields(c, ['name', 'literalType'], 'DatasetColumn', `${at}.columns[${i}]`);
          return { name: String(col.name ?? ''), literal_type: literalTypeFromJson(col.literalType, `${at}.columns[${i}].literalType`) };
        }),
        format: String(s.format ?? ''),
        external_schema_type: String(s.externalSchemaType ?? ''),
        external_schema_bytes: typeof s.externalSchemaBytes === 'string' ? Buffer.from(s.externalSchemaBytes, 'base64') : Buffer.alloc(0),
      };
      break;
    }
  }
  if (f.metadata !== undefined) out.metadata = structOf(f.metadata, `${path}.metadata`);
  if (f.annotation !== undefined) {
    const a = fields(f.annotation, ['annotations'], 'TypeAnnotation', `${path}.annotation`);
    out.annotation = { annotations: a.annotations === undefined ? { fields: {} } : structOf(a.annotations, `${path}.annotation.annotations`) };
  }
  if (f.structure !== undefined) {
    const s = fields(f.structure, ['tag', 'dataclassType'], 'TypeStructure', `${path}.structure`);
    const dc = s.dataclassType === undefined ? {} : s.dataclassType;
    if (!isPlainObject(dc)) throw new LiteralError(`${path}.structure.dataclassType`, `expected a mapping, got ${describe(dc)}`);
    out.structure = {
      tag: String(s.tag ?? ''),
      dataclass_type: Object.fromEntries(Object.entries(dc).map(([k, t]) => [k, literalTypeFromJson(t, `${path}.structure.dataclassType.${k}`)])),
    };
  }
  return out;
}

/** A Struct in JSON form (a plain object) or already in proto form (`{fields: …}` of Values). */
function structOf(v: unknown, path: string): Obj {
  if (!isPlainObject(v)) throw new LiteralError(path, `expected a mapping, got ${describe(v)}`);
  const looksProto = isPlainObject(v.fields) && Object.values(v.fields).every((x) => isPlainObject(x) && Object.keys(x).some((k) => k.endsWith('Value') || k === 'kind'));
  return looksProto && Object.keys(v).length === 1 ? (v as Obj) : structFromJson(v);
}

// ---------------------------------------------------------------- in words

export function kindOf(t: ProtoLiteralType): string | undefined {
  return Object.values(KINDS).find((k) => isSet(t[k]));
}

/** A LiteralType in words: INTEGER, list<STRING>, map<string, FLOAT>, union<INTEGER | NONE>, enum{a, b}, blob(csv). */
export function formatLiteralType(t: ProtoLiteralType | null | undefined): string {
  if (!t) return 'unknown';
  const tag = (t.structure as Obj | undefined)?.tag;
  const named = (s: string) => (typeof tag === 'string' && tag && !['int', 'float', 'str', 'bool', 'none'].includes(tag) && s === 'STRUCT' ? `${s} (${tag})` : s);
  switch (kindOf(t)) {
    case 'simple':
      return named(String(t.simple));
    case 'collection_type':
      return `list<${formatLiteralType(t.collection_type as Obj)}>`;
    case 'map_value_type':
      return `map<string, ${formatLiteralType(t.map_value_type as Obj)}>`;
    case 'union_type':
      return `union<${(((t.union_type as Obj).variants as Obj[] | undefined) ?? []).map(formatLiteralType).join(' | ')}>`;
    case 'enum_type':
      return `enum{${(((t.enum_type as Obj).values as string[] | undefined) ?? []).join(', ')}}`;
    case 'blob': {
      const b = t.blob as Obj;
      const multi = b.dimensionality === 'MULTIPART' || b.dimensionality === 1;
      return `${multi ? 'blob directory' : 'blob file'}${b.format ? ` (${String(b.format)})` : ''}`;
    }
    case 'structured_dataset_type': {
      const s = t.structured_dataset_type as Obj;
      return `structured dataset${s.format ? ` (${String(s.format)})` : ''}`;
    }
    case 'schema':
      return 'schema';
    default:
      return 'unknown';
  }
}
