/**
 * The Flyte 2 codecs: proto/flyteidl2 is exactly what scripts/gen-flyteidl2.mjs prints from the
 * descriptors embedded in @flyteorg/flyteidl2 (no drift after an upgrade), what it prints describes the
 * same wire format as those descriptors (every field's number, type, label, map-ness and oneof; every
 * enum value; every method), and the messages the type engine reads have the same fields in v1 and v2.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';
import { loadProtos } from '../../src/serve/proto.js';
import { loadProtos2 } from '../../src/serve/v2/proto.js';

interface Gen {
  embeddedFiles(): Promise<{ version: string; files: Map<string, Record<string, any>> }>;
  generate(): Promise<{ version: string; out: Map<string, string> }>;
}
const descriptor = createRequire(join(REPO_ROOT, 'package.json'))('protobufjs/ext/descriptor') as {
  FileDescriptorProto: { decode(b: Buffer): unknown; toObject(m: unknown, o: object): unknown };
};
const gen = (await import(join(REPO_ROOT, 'scripts', 'gen-flyteidl2.mjs'))) as Gen;

describe('proto/flyteidl2', () => {
  it('is what scripts/gen-flyteidl2.mjs prints from @flyteorg/flyteidl2 (regenerate after an upgrade)', async () => {
    const { out } = await gen.generate();
    expect(out.size).toBeGreaterThan(10);
    for (const [name, text] of out) expect([name, readFileSync(join(REPO_ROOT, 'proto', name), 'utf8')]).toEqual([name, text]);
  });

  it('loads into the wire format of the embedded descriptors: fields, maps, oneofs, enums, methods', async () => {
    const { files } = await gen.embeddedFiles();
    const { packageDefinition } = await loadProtos2();
    // what proto-loader loaded, as descriptors (protobufjs writes one file per package)
    const loaded = new Map<string, any>();
    const seen = new Set<string>();
    for (const def of Object.values(packageDefinition) as { fileDescriptorProtos?: Buffer[] }[]) {
      for (const b of def.fileDescriptorProtos ?? []) {
        const f = descriptor.FileDescriptorProto.toObject(descriptor.FileDescriptorProto.decode(b), { enums: String, defaults: false }) as any;
        if (seen.has(f.package)) continue;
        seen.add(f.package);
        const walk = (prefix: string, m: any) => {
          loaded.set(`${prefix}.${m.name}`, m);
          for (const n of m.nestedType ?? []) walk(`${prefix}.${m.name}`, n);
          for (const e of m.enumType ?? []) loaded.set(`${prefix}.${m.name}.${e.name}`, e);
        };
        for (const m of f.messageType ?? []) walk(f.package, m);
        for (const e of f.enumType ?? []) loaded.set(`${f.package}.${e.name}`, e);
        for (const sv of f.service ?? []) loaded.set(`${f.package}.${sv.name}`, sv);
      }
    }
    // protobufjs names types relative to the message's scope; the embedded descriptors fully qualify them
    const qualify = (scope: string, name: string) => {
      if (name.startsWith('.')) return name.slice(1);
      const parts = scope.split('.');
      for (let i = parts.length; i >= 0; i--) {
        const candidate = [...parts.slice(0, i), name].join('.');
        if (loaded.has(candidate)) return candidate;
      }
      return name;
    };
    const shape = (m: any, scope: string, isEntry: (typeName: string) => any) =>
      (m.field ?? [])
        .map((f: any) => {
          const q = (x: any) => (x.typeName ? `(${qualify(scope, x.typeName)})` : '');
          const entry = f.label === 'LABEL_REPEATED' && f.typeName ? isEntry(f.typeName) : undefined;
          const kv = entry ? entry.field.map((x: any) => `${x.type}${q(x)}`).join(',') : '';
          const type = entry ? `map<${kv}>` : `${f.type}${q(f)}`;
          // proto3 `optional`: a flag on the field, or (protobufjs) a synthetic oneof named "_<field>"
          let oneof = f.oneofIndex !== undefined && f.oneofIndex !== null ? m.oneofDecl[f.oneofIndex].name : '';
          const optional = f.proto3Optional || oneof === `_${f.name}`;
          if (optional) oneof = '';
          const label = entry ? '' : f.label === 'LABEL_REPEATED' ? 'repeated ' : optional ? 'optional ' : '';
          return `${f.number} ${f.name}: ${label}${type}${oneof ? ` oneof ${oneof}` : ''}`;
        })
        .sort();
    let compared = 0;
    for (const f of files.values()) {
      if (!(f.name as string).startsWith('flyteidl2/')) continue;
      const check = (prefix: string, m: any) => {
        const full = `${prefix}.${m.name}`;
        if (m.options?.mapEntry) return;
        const got = loaded.get(full);
        if (!got) return; // a file the connector services do not need
        compared++;
        const entryIn = (msg: any) => (typeName: string) => (msg.nestedType ?? []).find((n: any) => n.options?.mapEntry && typeName.split('.').pop() === n.name);
        expect([full, shape(got, full, entryIn(got))]).toEqual([full, shape(m, full, entryIn(m))]);
        for (const n of m.nestedType ?? []) check(full, n);
        for (const e of m.enumType ?? []) expect([e.name, loaded.get(`${full}.${e.name}`)?.value?.map((v: any) => `${v.name}=${v.number ?? 0}`)]).toEqual([e.name, e.value.map((v: any) => `${v.name}=${v.number ?? 0}`)]);
      };
      for (const m of f.messageType ?? []) check(f.package, m);
      for (const e of f.enumType ?? []) {
        const got = loaded.get(`${f.package}.${e.name}`);
        if (got) expect(got.value.map((v: any) => `${v.name}=${v.number ?? 0}`)).toEqual(e.value.map((v: any) => `${v.name}=${v.number ?? 0}`));
      }
      for (const sv of f.service ?? []) {
        const def = packageDefinition[`${f.package}.${sv.name}`] as Record<string, { requestStream: boolean; responseStream: boolean; path: string }>;
        for (const meth of sv.method) {
          expect(def[meth.name]).toMatchObject({ path: `/${f.package}.${sv.name}/${meth.name}`, requestStream: Boolean(meth.clientStreaming), responseStream: Boolean(meth.serverStreaming) });
        }
      }
    }
    expect(compared).toBeGreaterThan(80);
  });

  it('the type engine\'s messages have the same fields in both generations', async () => {
    const [v1, v2] = await Promise.all([loadProtos(), loadProtos2()]);
    const fields = (def: any) => def.type.field.map((f: any) => `${f.name}=${f.number}:${f.type}:${f.label}:${String(f.typeName).split('.').pop()}`).sort();
    for (const m of ['Literal', 'Scalar', 'Primitive', 'LiteralCollection', 'LiteralMap', 'Binary', 'Blob', 'BlobMetadata', 'Union', 'Void', 'Error', 'StructuredDataset', 'StructuredDatasetMetadata', 'Schema', 'LiteralType', 'BlobType', 'EnumType', 'UnionType', 'StructuredDatasetType', 'SchemaType', 'TypeAnnotation', 'TypeStructure', 'TaskLog']) {
      const a = fields(v1.packageDefinition[`flyteidl.core.${m}`]);
      const b = fields(v2.packageDefinition[`flyteidl2.core.${m}`]);
      if (m === 'TaskLog') expect(b).toEqual(expect.arrayContaining(a)); // Flyte 2 adds link_type, ready, icon_uri
      else expect([m, b]).toEqual([m, a]);
    }
  });
});
