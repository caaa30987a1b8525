// Original file: proto/flyteidl2/core/types.proto


export interface EnumType {
  'values'?: (string)[];
}

export interface EnumType__Output {
  'values': (string)[];
}
