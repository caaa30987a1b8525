// Original file: proto/flyteidl2/core/artifact_id.proto


export interface InputBindingData {
  'var'?: (string);
}

export interface InputBindingData__Output {
  'var': (string);
}
