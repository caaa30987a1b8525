// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/types.proto


export interface EnumType {
  'values'?: (string)[];
}

export interface EnumType__Output {
  'values': (string)[];
}
