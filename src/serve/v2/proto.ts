/**
 * Flyte 2's connector protos (`flyteidl2.connector`), loaded once and lazily with @grpc/proto-loader — only
 * by `serve` (when it serves v2) and `run --agent` (when it talks v2), never at start-up.
 *
 * Source: proto/flyteidl2/, printed by scripts/gen-flyteidl2.mjs from the file descriptors embedded in
 * `@flyteorg/flyteidl2` (which ships no .proto files). Loaded with v1's LOADER_OPTIONS and protobufjs'
 * bundled google/protobuf types, so a flyteidl2 message decodes to the same object shape as its v1
 * twin (core.Literal, core.TaskTemplate, google.protobuf.Struct, ...) and the type engine serves both.
 */
import type * as loaderTypes from '@grpc/proto-loader';
import type { ProtoGrpcType as ConnectorProto } from '../generated/connector.js';
import { codecs, LOADER_OPTIONS, type LoadedProtos, projectProtoDir } from '../proto.js';

export const ASYNC_CONNECTOR_SERVICE = 'flyteidl2.connector.AsyncConnectorService';
export const CONNECTOR_METADATA_SERVICE = 'flyteidl2.connector.ConnectorMetadataService';

export interface LoadedProtos2 {
  packageDefinition: loaderTypes.PackageDefinition;
  connector: ConnectorProto;
  codec: LoadedProtos['codec'];
}

let cached: Promise<LoadedProtos2> | undefined;

export function loadProtos2(): Promise<LoadedProtos2> {
  cached ??= (async () => {
    const [grpc, loader] = await Promise.all([import('@grpc/grpc-js'), import('@grpc/proto-loader')]);
    const packageDefinition = loader.loadSync(['flyteidl2/connector/service.proto'], { ...LOADER_OPTIONS, includeDirs: [projectProtoDir()] });
    const connector = grpc.loadPackageDefinition(packageDefinition) as unknown as ConnectorProto;
    return { packageDefinition, connector, codec: codecs(packageDefinition) };
  })();
  return cached;
}
