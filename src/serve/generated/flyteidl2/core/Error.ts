// Original file: proto/flyteidl2/core/types.proto


export interface Error {
  'failed_node_id'?: (string);
  'message'?: (string);
}

export interface Error__Output {
  'failed_node_id': (string);
  'message': (string);
}
