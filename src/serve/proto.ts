/**
 * The flyteidl v1 agent protos, loaded once and lazily with @grpc/proto-loader.
 *
 * Sources: `@flyteorg/flyteidl`'s protos/ directory, plus this project's proto/ directory (the two
 * googleapis files flyteidl's service protos import but the npm package lacks, and grpc.health.v1).
 * google/protobuf/* come from protobufjs's bundled definitions.
 *
 * The loader options are fixed (LOADER_OPTIONS) and shared with scripts/gen-proto-types.mjs, so the
 * generated types in ./generated describe exactly the objects grpc-js hands us:
 *  - keepCase: field names as in the .proto (snake_case) — except google.protobuf.Value, whose
 *    protobufjs-bundled definition is camelCase (nullValue, numberValue, ...);
 *  - longs: String — int64 stays exact beyond 2^53;
 *  - enums: String — names, validated by us before encoding (an unknown name would silently be 0);
 *  - defaults + oneofs: decoded messages are complete and carry the virtual oneof discriminator.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type * as grpcTypes from '@grpc/grpc-js';
import type * as loaderTypes from '@grpc/proto-loader';
import type { ProtoGrpcType as AgentProto } from './generated/agent.js';
import type { ProtoGrpcType as HealthProto } from './generated/health.js';

export const LOADER_OPTIONS = Object.freeze({
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
});

export interface LoadedProtos {
  grpc: typeof grpcTypes;
  packageDefinition: loaderTypes.PackageDefinition;
  agent: AgentProto;
  health: HealthProto;
  /** serialize/deserialize of one message type, by full name (e.g. "flyteidl.core.LiteralMap"). */
  codec(fullName: string): { serialize(v: unknown): Buffer; deserialize(b: Buffer): unknown };
}

/** The project's proto/ directory (works from src/serve and from dist/serve). */
export function projectProtoDir(): string {
  let dir = import.meta.dirname;
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'proto');
    if (existsSync(join(candidate, 'google', 'api', 'annotations.proto'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('cannot find the proto/ directory of webapi-plugin (google/api/annotations.proto)');
}

export function flyteidlProtoDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@flyteorg/flyteidl/package.json')), 'protos');
}

let cached: Promise<LoadedProtos> | undefined;

/** Load (once) the agent and health protos. Heavy imports happen here, never at module load. */
export function loadProtos(): Promise<LoadedProtos> {
  cached ??= (async () => {
    const [grpc, loader] = await Promise.all([import('@grpc/grpc-js'), import('@grpc/proto-loader')]);
    const includeDirs = [projectProtoDir(), flyteidlProtoDir()];
    const packageDefinition = loader.loadSync(['flyteidl/service/agent.proto', 'grpc/health/v1/health.proto'], {
      ...LOADER_OPTIONS,
      includeDirs,
    });
    const root = grpc.loadPackageDefinition(packageDefinition) as unknown as AgentProto & HealthProto;
    return { grpc, packageDefinition, agent: root, health: root, codec: codecs(packageDefinition) };
  })();
  return cached;
}

/** serialize/deserialize of the messages of a package definition, by full name. */
export function codecs(packageDefinition: loaderTypes.PackageDefinition): LoadedProtos['codec'] {
  return (fullName: string) => {
    const def = packageDefinition[fullName] as loaderTypes.MessageTypeDefinition<unknown, unknown> | undefined;
    if (!def || !('serialize' in def)) throw new Error(`unknown protobuf message ${fullName}`);
    const d = def as unknown as { serialize(v: unknown): Buffer; deserialize(b: Buffer): unknown };
    return { serialize: (v) => d.serialize(v), deserialize: (b) => d.deserialize(b) };
  };
}

/** Resolve a path relative to the repo root (for tests and scripts). */
export function repoPath(...parts: string[]): string {
  return resolve(projectProtoDir(), '..', ...parts);
}
