// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/workflow.proto


export interface Alias {
  'var'?: (string);
  'alias'?: (string);
}

export interface Alias__Output {
  'var': (string);
  'alias': (string);
}
