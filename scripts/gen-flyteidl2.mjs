#!/usr/bin/env node
/**
 * Build Flyte 2's connector protos from `@flyteorg/flyteidl2`, which ships no .proto files: only
 * TypeScript sources (protoc-gen-es) that embed each file's FileDescriptorProto. This script imports
 * `flyteidl2/connector/service_pb.ts` (with tsx) and lets `@bufbuild/protobuf` restore every embedded
 * descriptor with its imports, then prints each file the connector services need back as .proto text into
 * proto/flyteidl2/ (committed, marked generated). `serve` and `run --agent` load those with the same
 * @grpc/proto-loader options as flyteidl v1, so both generations decode to the same object shapes and the
 * type engine (src/literals) works unchanged. Finally it regenerates the TypeScript types
 * (scripts/gen-proto-types.mjs). Run after upgrading @flyteorg/flyteidl2:
 *
 *   node scripts/gen-flyteidl2.mjs            # write proto/flyteidl2/ and src/serve/generated/
 *   node scripts/gen-flyteidl2.mjs --check    # exit 1 if proto/flyteidl2/ is not what the package gives
 *
 * What is left out, on purpose: options (field validation rules of buf.validate, HTTP annotations of
 * google.api, go_package, ...) — they do not change the wire format — and so the imports that only
 * carried options. google/protobuf/* are not printed: proto-loader uses protobufjs' bundled copies, as
 * for v1. Why not load the descriptors directly (proto-loader's loadFileDescriptorSetFromBuffer)?
 * protobufjs 7's descriptor import turns every map field into a list of {key, value} entries and gives
 * google.protobuf.Value snake_case fields: neither matches v1's objects.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'proto', 'flyteidl2');
const ENTRY = 'flyteidl2/connector/service.proto';

/** The embedded FileDescriptorProtos (as @bufbuild/protobuf restores them), by file name, dependencies first. */
export async function embeddedFiles() {
  const require = createRequire(join(root, 'package.json'));
  const pkgDir = dirname(require.resolve('@flyteorg/flyteidl2/package.json'));
  const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  const { tsImport } = await import('tsx/esm/api');
  const mod = await tsImport(pathToFileURL(join(pkgDir, 'flyteidl2', 'connector', 'service_pb.ts')).href, import.meta.url);
  const { toJson } = await tsImport('@bufbuild/protobuf', pathToFileURL(join(pkgDir, 'package.json')).href);
  const { FileDescriptorProtoSchema } = await tsImport('@bufbuild/protobuf/wkt', pathToFileURL(join(pkgDir, 'package.json')).href);
  // The JSON form: only the fields that are set (proto2 presence), enums by name, empty lists left out.
  const files = new Map();
  const visit = (f) => {
    if (files.has(f.proto.name)) return;
    for (const d of f.dependencies) visit(d);
    files.set(f.proto.name, toJson(FileDescriptorProtoSchema, f.proto));
  };
  visit(mod.file_flyteidl2_connector_service);
  return { version, files };
}

// ---------------------------------------------------------------- which files and imports are needed

const isWellKnown = (name) => name.startsWith('google/protobuf/');

const list = (v) => v ?? [];

/** type full name (no leading dot) → the file defining it */
function typeIndex(files) {
  const index = new Map();
  const addMessages = (file, prefix, messages) => {
    for (const m of list(messages)) {
      const full = `${prefix}.${m.name}`;
      index.set(full, file.name);
      addMessages(file, full, m.nestedType);
      for (const e of list(m.enumType)) index.set(`${full}.${e.name}`, file.name);
    }
  };
  for (const f of files.values()) {
    addMessages(f, f.package, f.messageType);
    for (const e of list(f.enumType)) index.set(`${f.package}.${e.name}`, f.name);
  }
  return index;
}

/** The files a file really needs: those defining a type one of its fields or methods names. */
function typeDependencies(file, index) {
  const used = new Set();
  const walk = (messages) => {
    for (const m of list(messages)) {
      for (const f of list(m.field)) if (f.typeName) used.add(index.get(f.typeName.slice(1)));
      walk(m.nestedType);
    }
  };
  walk(file.messageType);
  for (const s of list(file.service)) for (const m of list(s.method)) for (const t of [m.inputType, m.outputType]) used.add(index.get(t.slice(1)));
  used.delete(file.name);
  used.delete(undefined);
  return list(file.dependency).filter((d) => used.has(d));
}

/** ENTRY and every file it needs through types, with each one's needed imports. */
export function neededFiles(files) {
  const index = typeIndex(files);
  const needed = new Map();
  const visit = (name) => {
    if (needed.has(name)) return;
    const deps = typeDependencies(files.get(name), index);
    needed.set(name, deps);
    deps.forEach(visit);
  };
  visit(ENTRY);
  return needed;
}

// ---------------------------------------------------------------- printing

const SCALARS = {
  TYPE_DOUBLE: 'double', TYPE_FLOAT: 'float', TYPE_INT64: 'int64', TYPE_UINT64: 'uint64', TYPE_INT32: 'int32',
  TYPE_FIXED64: 'fixed64', TYPE_FIXED32: 'fixed32', TYPE_BOOL: 'bool', TYPE_STRING: 'string', TYPE_BYTES: 'bytes',
  TYPE_UINT32: 'uint32', TYPE_SFIXED32: 'sfixed32', TYPE_SFIXED64: 'sfixed64', TYPE_SINT32: 'sint32', TYPE_SINT64: 'sint64',
};
const repeated = (f) => f.label === 'LABEL_REPEATED';

function fieldType(f) {
  if (f.type === 'TYPE_MESSAGE' || f.type === 'TYPE_ENUM') return f.typeName;
  const s = SCALARS[f.type];
  if (!s) throw new Error(`field ${f.name}: type ${f.type} is not supported`);
  return s;
}

function fieldOptions(f) {
  const o = [];
  if (f.options?.deprecated) o.push('deprecated = true');
  if (f.options?.packed !== undefined) o.push(`packed = ${f.options.packed}`);
  return o.length ? ` [${o.join(', ')}]` : '';
}

function printEnum(e, pad) {
  const values = list(e.value);
  const lines = [`${pad}enum ${e.name} {`];
  if (e.options?.allowAlias) lines.push(`${pad}  option allow_alias = true;`);
  for (const v of values) lines.push(`${pad}  ${v.name} = ${v.number ?? 0}${v.options?.deprecated ? ' [deprecated = true]' : ''};`);
  lines.push(`${pad}}`);
  return lines;
}

function printReserved(m, pad) {
  const lines = [];
  const ranges = list(m.reservedRange);
  // DescriptorProto.ReservedRange's end is exclusive
  if (ranges.length) lines.push(`${pad}reserved ${ranges.map((r) => (r.end - 1 === r.start ? `${r.start}` : `${r.start} to ${r.end >= 536870912 ? 'max' : r.end - 1}`)).join(', ')};`);
  if (list(m.reservedName).length) lines.push(`${pad}reserved ${m.reservedName.map((n) => JSON.stringify(n)).join(', ')};`);
  return lines;
}

function printMessage(m, fullName, pad) {
  const fields = list(m.field);
  const oneofs = list(m.oneofDecl);
  const mapEntries = new Map(list(m.nestedType).filter((n) => n.options?.mapEntry).map((n) => [`.${fullName}.${n.name}`, n]));
  const lines = [`${pad}message ${m.name} {`, ...printReserved(m, `${pad}  `)];
  const fieldLine = (f, p) => {
    const entry = f.type === 'TYPE_MESSAGE' && repeated(f) ? mapEntries.get(f.typeName) : undefined;
    if (entry) {
      const [k, v] = [1, 2].map((n) => list(entry.field).find((x) => x.number === n));
      return `${p}map<${fieldType(k)}, ${fieldType(v)}> ${f.name} = ${f.number}${fieldOptions(f)};`;
    }
    const label = repeated(f) ? 'repeated ' : f.proto3Optional ? 'optional ' : '';
    return `${p}${label}${fieldType(f)} ${f.name} = ${f.number}${fieldOptions(f)};`;
  };
  // a real oneof is printed as a block where its first field is; a proto3 `optional` field's synthetic
  // oneof is not printed (the field is `optional`)
  const printed = new Set();
  for (const f of fields) {
    if (f.oneofIndex === undefined || f.proto3Optional) {
      lines.push(fieldLine(f, `${pad}  `));
      continue;
    }
    if (printed.has(f.oneofIndex)) continue;
    printed.add(f.oneofIndex);
    lines.push(`${pad}  oneof ${oneofs[f.oneofIndex].name} {`);
    for (const g of fields.filter((x) => x.oneofIndex === f.oneofIndex)) lines.push(fieldLine(g, `${pad}    `));
    lines.push(`${pad}  }`);
  }
  for (const e of list(m.enumType)) lines.push(...printEnum(e, `${pad}  `));
  for (const n of list(m.nestedType)) if (!n.options?.mapEntry) lines.push(...printMessage(n, `${fullName}.${n.name}`, `${pad}  `));
  lines.push(`${pad}}`);
  return lines;
}

function printService(s) {
  const lines = [`service ${s.name} {`];
  for (const m of list(s.method)) {
    lines.push(`  rpc ${m.name} (${m.clientStreaming ? 'stream ' : ''}${m.inputType}) returns (${m.serverStreaming ? 'stream ' : ''}${m.outputType});`);
  }
  lines.push('}');
  return lines;
}

export function printFile(file, imports, version) {
  if (file.syntax !== 'proto3') throw new Error(`${file.name}: syntax "${file.syntax ?? 'proto2'}" (only proto3 files are printed)`);
  const lines = [
    `// Generated by scripts/gen-flyteidl2.mjs from the file descriptor embedded in @flyteorg/flyteidl2 ${version}`,
    `// (${file.name.replace(/\.proto$/, '_pb.ts')}). Do not edit. Options and the imports that only carry options are left out.`,
    'syntax = "proto3";',
    '',
    `package ${file.package};`,
    '',
  ];
  if (imports.length) lines.push(...imports.map((d) => `import "${d}";`), '');
  for (const m of list(file.messageType)) lines.push(...printMessage(m, `${file.package}.${m.name}`, ''), '');
  for (const e of list(file.enumType)) lines.push(...printEnum(e, ''), '');
  for (const s of list(file.service)) lines.push(...printService(s), '');
  return lines.join('\n').replace(/\n+$/, '\n');
}

/** Every .proto to write: path under proto/ → text. */
export async function generate() {
  const { version, files } = await embeddedFiles();
  const out = new Map();
  for (const [name, imports] of neededFiles(files)) {
    if (isWellKnown(name)) continue;
    out.set(name, printFile(files.get(name), imports, version));
  }
  return { version, out };
}

// ---------------------------------------------------------------- main

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const check = process.argv.includes('--check');
  const { version, out } = await generate();
  const existing = new Set(
    readdirSync(outDir, { recursive: true, withFileTypes: false })
      .map(String)
      .filter((f) => f.endsWith('.proto'))
      .map((f) => `flyteidl2/${f.split('\\').join('/')}`),
  );
  if (check) {
    const stale = [...out].filter(([name, text]) => {
      try {
        return readFileSync(join(root, 'proto', name), 'utf8') !== text;
      } catch {
        return true;
      }
    });
    const extra = [...existing].filter((n) => !out.has(n));
    if (stale.length || extra.length) {
      console.error(`proto/flyteidl2 is not what @flyteorg/flyteidl2 ${version} gives: ${[...stale.map(([n]) => n), ...extra].join(', ')}\nrun: node scripts/gen-flyteidl2.mjs`);
      process.exit(1);
    }
    console.log(`proto/flyteidl2 matches @flyteorg/flyteidl2 ${version} (${out.size} files)`);
  } else {
    rmSync(outDir, { recursive: true, force: true });
    for (const [name, text] of out) {
      const p = join(root, 'proto', name);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, text);
    }
    console.log(`wrote ${out.size} files from @flyteorg/flyteidl2 ${version} into ${relative(root, outDir)}/`);
    execFileSync(process.execPath, [join(root, 'scripts', 'gen-proto-types.mjs')], { stdio: 'inherit' });
  }
}
