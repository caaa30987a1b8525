/**
 * What propeller knows about types at run time: the LiteralType a literal carries (LiteralTypeForLiteral)
 * and whether a value of one type can be used where another is declared (AreTypesCastable) — the rules
 * flyteadmin applies to an execution's inputs (flytepropeller's compiler/validators), on the engine's
 * shapes (see types.ts).
 */
import { kindOf } from './literal-type.js';
import { isPlainObject, isSet, type Obj, type ProtoLiteral, type ProtoLiteralType } from './types.js';
import { structToJson } from './well-known.js';

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
