// Original file: proto/flyteidl2/core/types.proto


export interface PromiseAttribute {
  'string_value'?: (string);
  'int_value'?: (number);
  'value'?: "string_value"|"int_value";
}

export interface PromiseAttribute__Output {
  'string_value'?: (string);
  'int_value'?: (number);
  'value'?: "string_value"|"int_value";
}
