/**
 * Codecs for tests: ours (src/task/flyte/codec.ts: protobufjs light + the generated descriptors), the
 * server's (@grpc/proto-loader over the .proto files), and Debian's `protoc --decode` as an independent
 * decoder (another implementation of protobuf), skipped when protoc is missing unless
 * WEBAPI_PLUGIN_REQUIRE_ALL=1 (CI installs it).
 */
import { spawnSync } from 'node:child_process';
import { flyteCodec } from '../../src/task/flyte/codec.js';
import { flyteidlProtoDir, loadProtos } from '../../src/serve/proto.js';

export const REQUIRE_ALL = process.env.WEBAPI_PLUGIN_REQUIRE_ALL === '1';

/** Why protoc cannot be used here, or '' when it can. */
export const protocMissing = (() => {
  if (spawnSync('sh', ['-c', 'command -v protoc'], { stdio: 'ignore' }).status !== 0) return 'protoc not found (apt-get install protobuf-compiler libprotobuf-dev)';
  return '';
})();

const PROTO_FILE: Record<string, string> = {
  'flyteidl.core.LiteralMap': 'flyteidl/core/literals.proto',
  'flyteidl.core.Literal': 'flyteidl/core/literals.proto',
  'flyteidl.core.ErrorDocument': 'flyteidl/core/errors.proto',
  'flyteidl.admin.TaskSpec': 'flyteidl/admin/task.proto',
  'flyteidl.core.TaskTemplate': 'flyteidl/core/tasks.proto',
};

/** protoc's text format of a message (throws when protoc rejects the bytes). */
export function protocDecode(type: string, bytes: Uint8Array): string {
  const args = [`--decode=${type}`, '-I', flyteidlProtoDir(), '-I', '/usr/include', PROTO_FILE[type]!];
  const r = spawnSync('protoc', args, { input: bytes, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`protoc ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** protoc's binary encoding of a message written in text format. */
export function protocEncode(type: string, text: string): Buffer {
  const args = [`--encode=${type}`, '-I', flyteidlProtoDir(), '-I', '/usr/include', PROTO_FILE[type]!];
  const r = spawnSync('protoc', args, { input: text });
  if (r.status !== 0) throw new Error(`protoc ${args.join(' ')} failed: ${r.stderr.toString()}`);
  return r.stdout;
}

export async function codecs() {
  const ours = await flyteCodec();
  const server = await loadProtos();
  return { ours, server: (type: string) => server.codec(type) };
}
