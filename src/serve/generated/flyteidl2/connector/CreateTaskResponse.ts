// Original file: proto/flyteidl2/connector/connector.proto


export interface CreateTaskResponse {
  'resource_meta'?: (Buffer | Uint8Array | string);
}

export interface CreateTaskResponse__Output {
  'resource_meta': (Buffer);
}
