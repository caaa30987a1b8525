/**
 * LiteralTypes: from the JSON form task files and Flyte's JSON tools write (`{simple: INTEGER}`,
 * `{collectionType: …}`; snake_case also accepted) to the engine's shape (see types.ts), in words for
 * messages ("list<INTEGER>"), the type a literal carries (propeller's LiteralTypeForLiteral) and whether
 * one type can be used where another is declared (propeller's AreTypesCastable, which flyteadmin applies
 * to execution inputs). Hand-written and small, so that a typed local run needs no protobuf codec.
 */
import { closest } from '../util/suggest.js';
import { isPlainObject, isSet, LiteralError, type Obj, type ProtoLiteral, type ProtoLiteralType } from './types.js';
import { describe, structFromJson, structToJson } from './well-known.js';

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

function kindOf(t: ProtoLiteralType): string | undefined {
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

// ---------------------------------------------------------------- the type of a literal

const PRIMITIVES: Record<string, string> = { integer: 'INTEGER', float_value: 'FLOAT', string_value: 'STRING', boolean: 'BOOLEAN', datetime: 'DATETIME', duration: 'DURATION' };

/**
 * The LiteralType a literal carries (propeller's LiteralTypeForLiteral): collections and maps get the
 * union of their items' types (NONE when empty); a msgpack binary is a STRUCT (flytekit ≥ 1.14's
 * dataclasses); undefined when the literal says nothing (offloaded, empty).
 */
export function literalTypeOf(lit: ProtoLiteral | null | undefined): ProtoLiteralType | undefined {
  if (!lit) return undefined;
  if (isSet(lit.scalar)) {
    const s = lit.scalar as Obj;
    if (isSet(s.primitive)) {
      const p = s.primitive as Obj;
      const which = (p.value as string | undefined) ?? Object.keys(PRIMITIVES).find((k) => isSet(p[k]));
      return { simple: PRIMITIVES[which ?? ''] ?? 'NONE' };
    }
    if (isSet(s.blob)) {
      const meta = (s.blob as Obj).metadata as Obj | undefined;
      return meta?.type ? { blob: meta.type } : undefined;
    }
    if (isSet(s.binary)) return { simple: (s.binary as Obj).tag === 'msgpack' ? 'STRUCT' : 'BINARY' };
    if (isSet(s.schema)) return { schema: (s.schema as Obj).type ?? { columns: [] } };
    if (isSet(s.structured_dataset)) {
      const meta = (s.structured_dataset as Obj).metadata as Obj | undefined;
      return { structured_dataset_type: meta?.structured_dataset_type ?? { columns: [], format: '' } };
    }
    if (isSet(s.none_type)) return { simple: 'NONE' };
    if (isSet(s.error)) return { simple: 'ERROR' };
    if (isSet(s.generic)) return { simple: 'STRUCT' };
    if (isSet(s.union)) {
      const t = (s.union as Obj).type as ProtoLiteralType | undefined;
      return t ? { union_type: { variants: [t] } } : undefined;
    }
    return undefined;
  }
  if (isSet(lit.collection)) return { collection_type: unionOf(((lit.collection as Obj).literals as ProtoLiteral[] | undefined) ?? []) };
  if (isSet(lit.map)) return { map_value_type: unionOf(Object.values(((lit.map as Obj).literals as Record<string, ProtoLiteral> | undefined) ?? {})) };
  return undefined;
}

function unionOf(items: ProtoLiteral[]): ProtoLiteralType {
  const seen = new Map<string, ProtoLiteralType>();
  for (const x of items) {
    const t = literalTypeOf(x) ?? { simple: 'NONE' };
    seen.set(typeKey(t, false), t);
  }
  if (seen.size === 0) return { simple: 'NONE' };
  if (seen.size === 1) return [...seen.values()][0]!;
  return { union_type: { variants: [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, t]) => t) } };
}

/** A canonical text of a type, optionally without its metadata, annotation and structure (as propeller compares). */
function typeKey(t: unknown, strip: boolean): string {
  const norm = (v: unknown, top: boolean): unknown => {
    if (Buffer.isBuffer(v) || v instanceof Uint8Array) return Buffer.from(v).toString('base64');
    if (Array.isArray(v)) return v.map((x) => norm(x, false));
    if (!isPlainObject(v)) return v;
    const keys = Object.keys(v)
      .filter((k) => k !== 'type' && k !== 'value' && v[k] !== undefined && v[k] !== null)
      .filter((k) => !(strip && top && (k === 'metadata' || k === 'annotation' || k === 'structure')))
      .sort();
    return Object.fromEntries(keys.map((k) => [k, norm(v[k], false)]));
  };
  return JSON.stringify(norm(t, true));
}

// ---------------------------------------------------------------- castability

const isNone = (t: ProtoLiteralType | undefined) => t?.simple === 'NONE';
const tagOf = (t: ProtoLiteralType) => String(((t.structure as Obj | undefined)?.tag as string | undefined) ?? '');
const fmt = (t: ProtoLiteralType, key: string) => String(((t[key] as Obj | undefined)?.format as string | undefined) ?? '');

/**
 * Whether a value of type `up` can be used where `down` is declared — propeller's rules: exact match
 * (ignoring metadata), enum ⇄ string, empty list/map (item type NONE) into any list/map, a blob into a blob
 * of the same format (or any, when either has none), structured datasets by format and column subset,
 * a union variant into the union when exactly one variant fits, a one-variant union into its variant.
 */
export function isCastable(up: ProtoLiteralType, down: ProtoLiteralType): boolean {
  const variants = ((up.union_type as Obj | undefined)?.variants as ProtoLiteralType[] | undefined) ?? undefined;
  if (variants && variants.length === 1 && castsFrom(down, variants[0]!)) return true;
  return castsFrom(down, up);
}

function castsFrom(down: ProtoLiteralType, up: ProtoLiteralType): boolean {
  switch (kindOf(down)) {
    case 'collection_type': {
      const item = up.collection_type as ProtoLiteralType | undefined;
      return isNone(item) || (item !== undefined && castsFrom(down.collection_type as Obj, item));
    }
    case 'map_value_type': {
      const item = up.map_value_type as ProtoLiteralType | undefined;
      return isNone(item) || (item !== undefined && castsFrom(down.map_value_type as Obj, item));
    }
    case 'blob': {
      if (!isSet(up.blob)) return false;
      const a = fmt(up, 'blob');
      const b = fmt(down, 'blob');
      return a === '' || b === '' || a === b;
    }
    case 'structured_dataset_type': {
      if (isNone(up)) return true;
      if (!isSet(up.structured_dataset_type)) return isSet(up.schema) && ['', 'parquet'].includes(fmt(down, 'structured_dataset_type').toLowerCase());
      const a = fmt(up, 'structured_dataset_type');
      const b = fmt(down, 'structured_dataset_type');
      if (a && b && a.toLowerCase() !== b.toLowerCase()) return false;
      return columnsSubset(up.structured_dataset_type as Obj, down.structured_dataset_type as Obj);
    }
    case 'schema':
      return isSet(up.schema) || (isSet(up.structured_dataset_type) && ['', 'parquet'].includes(fmt(up, 'structured_dataset_type').toLowerCase()));
    case 'union_type': {
      const downs = (((down.union_type as Obj).variants as ProtoLiteralType[] | undefined) ?? []);
      const ups = ((up.union_type as Obj | undefined)?.variants as ProtoLiteralType[] | undefined) ?? undefined;
      if (ups) return ups.every((u) => downs.some((d) => isCastable(u, d)));
      return downs.filter((d) => isCastable(up, d)).length === 1;
    }
    default:
      if (isNone(down)) return isNone(up);
      return trivialCast(down, up);
  }
}

function trivialCast(down: ProtoLiteralType, up: ProtoLiteralType): boolean {
  if (isSet(up.enum_type) && down.simple === 'STRING') return true;
  if (isSet(down.enum_type) && up.simple === 'STRING') return true;
  if (tagOf(up) !== '' && tagOf(down) !== tagOf(up)) return false;
  if (up.simple === 'STRUCT' && down.simple === 'STRUCT') {
    // dataclasses: the JSON schemas in metadata must agree where both carry one
    if (!isSet(up.metadata) || !isSet(down.metadata)) return true;
    return sameProperties(structToJson(up.metadata), structToJson(down.metadata));
  }
  return typeKey(up, true) === typeKey(down, true);
}

/** The declared schema's properties all exist in the given one with the same JSON type (a lenient super-type check). */
function sameProperties(up: Obj, down: Obj): boolean {
  if (JSON.stringify(up) === JSON.stringify(down)) return true;
  const props = (s: Obj) => (isPlainObject(s.properties) ? s.properties : undefined);
  const u = props(up);
  const d = props(down);
  if (!u || !d) return false;
  return Object.entries(d).every(([k, v]) => isPlainObject(u[k]) && (u[k] as Obj).type === (v as Obj).type);
}

function columnsSubset(up: Obj, down: Obj): boolean {
  const ups = (up.columns as Obj[] | undefined) ?? [];
  const downs = (down.columns as Obj[] | undefined) ?? [];
  if (ups.length === 0 || downs.length === 0) return true;
  const byName = new Map(ups.map((c) => [String(c.name), c.literal_type as ProtoLiteralType]));
  return downs.every((c) => {
    const t = byName.get(String(c.name));
    return t !== undefined && castsFrom(c.literal_type as ProtoLiteralType, t);
  });
}
