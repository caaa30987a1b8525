/**
 * Conversion between proto-loader objects (snake_case, enums as names, int64 as strings) and the
 * "JSON form" plugins see (protobuf's canonical JSON names in camelCase, google.protobuf.Struct as a
 * plain object, Timestamp as an ISO string, Duration as a Go duration string, wrappers unwrapped).
 *
 * Driven by the message descriptors proto-loader keeps in the PackageDefinition (./reflect-descriptors.ts),
 * so every flyteidl message (TaskTemplate, TaskExecutionMetadata, LiteralType, ...) converts without
 * hand-written maps; this module walks messages, ./reflect-scalars.ts converts the leaves. Encoding (JSON
 * form → proto) is strict: an unknown field or enum name is an error naming the path, never a silent zero.
 */
import { describe, ProtoConversionError } from '../literals/well-known.js';
import { closest } from '../util/suggest.js';
import { DescriptorIndex, type FieldDesc } from './reflect-descriptors.js';
import { NOT_WELL_KNOWN, scalarFromJson, wellKnownFromJson, wellKnownToJson } from './reflect-scalars.js';

export { ProtoConversionError };

/** A PackageDefinition's messages, converted between their proto-loader objects and their JSON form. */
export class ProtoSchema extends DescriptorIndex {
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

function shortName(typeName: string): string {
  return typeName.split('.').pop() ?? typeName;
}

