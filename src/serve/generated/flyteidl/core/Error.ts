// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/types.proto


export interface Error {
  'failed_node_id'?: (string);
  'message'?: (string);
}

export interface Error__Output {
  'failed_node_id': (string);
  'message': (string);
}
