// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/literals.proto


export interface KeyValuePair {
  'key'?: (string);
  'value'?: (string);
}

export interface KeyValuePair__Output {
  'key': (string);
  'value': (string);
}
