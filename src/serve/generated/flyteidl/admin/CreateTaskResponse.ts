// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto


export interface CreateTaskResponse {
  'resource_meta'?: (Buffer | Uint8Array | string);
}

export interface CreateTaskResponse__Output {
  'resource_meta': (Buffer);
}
