// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/artifact_id.proto


export interface InputBindingData {
  'var'?: (string);
}

export interface InputBindingData__Output {
  'var': (string);
}
