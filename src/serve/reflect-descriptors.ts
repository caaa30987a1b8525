/**
 * The message and enum descriptors of a proto-loader PackageDefinition (nested types included), indexed by
 * full name and resolved with protobuf's scoping rules: what ProtoSchema (./reflect.ts) walks to convert
 * any flyteidl message. Descriptors only, no conversion; built lazily, so recursive types resolve.
 */
import type { PackageDefinition } from '@grpc/proto-loader';

export interface FieldDesc {
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

export interface MessageDesc {
  kind: 'message';
  fullName: string;
  fields: FieldDesc[];
  byKey: Map<string, FieldDesc>;
  oneofs: string[];
  mapEntry: boolean;
  raw: RawDescriptor;
}

export interface EnumDesc {
  kind: 'enum';
  fullName: string;
  values: Map<string, number>;
  names: Map<number, string>;
}

export interface RawField {
  name: string;
  number: number;
  label: string;
  type: string;
  typeName: string;
}
export interface RawDescriptor {
  name?: string;
  field?: RawField[];
  nestedType?: RawDescriptor[];
  enumType?: { name: string; value: { name: string; number: number }[] }[];
  oneofDecl?: { name: string }[];
  options?: { mapEntry?: boolean } | null;
  value?: { name: string; number: number }[];
}

function camel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The descriptor index of a PackageDefinition (nested types included), with protobuf name resolution. */
export class DescriptorIndex {
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
}
