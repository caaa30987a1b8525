#!/usr/bin/env node
/**
 * Regenerate the TypeScript types of the gRPC messages and services `serve` uses, into
 * src/serve/generated/ (committed): flyteidl v1's agent services, Flyte 2's connector services (from
 * proto/flyteidl2/, which scripts/gen-flyteidl2.mjs builds) and grpc.health.v1. Run after upgrading
 * @flyteorg/flyteidl or @grpc/proto-loader:
 *
 *   node scripts/gen-proto-types.mjs
 *
 * The loader options here MUST match src/serve/proto.ts (LOADER_OPTIONS): keepCase, longs as String,
 * enums as String, defaults, oneofs. The types then describe exactly the objects grpc-js hands us.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const flyteidlProtos = join(dirname(require.resolve('@flyteorg/flyteidl/package.json')), 'protos');
const genTypes = join(dirname(require.resolve('@grpc/proto-loader/package.json')), 'build', 'bin', 'proto-loader-gen-types.js');
const outDir = join(root, 'src', 'serve', 'generated');

rmSync(outDir, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    genTypes,
    '--keepCase',
    '--longs=String',
    '--enums=String',
    '--defaults',
    '--oneofs',
    '--grpcLib=@grpc/grpc-js',
    '--importFileExtension=.js',
    '-I', join(root, 'proto'),
    '-I', flyteidlProtos,
    '-O', outDir,
    'flyteidl/service/agent.proto',
    'flyteidl2/connector/service.proto',
    'grpc/health/v1/health.proto',
  ],
  { stdio: 'inherit', cwd: root },
);
// The root type of flyteidl2/connector/service.proto: named for what it is, beside agent.ts and health.ts.
renameSync(join(outDir, 'service.ts'), join(outDir, 'connector.ts'));
// Keep the output machine-independent: "Original file" comments name paths relative to the repo.
for (const f of readdirSync(outDir, { recursive: true })) {
  const p = join(outDir, String(f));
  if (!p.endsWith('.ts')) continue;
  const text = readFileSync(p, 'utf8');
  const fixed = text.split(root + '/').join('');
  if (fixed !== text) writeFileSync(p, fixed);
}
console.log(`generated TypeScript types in ${outDir}`);
