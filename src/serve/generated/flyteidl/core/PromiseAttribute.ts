// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/types.proto


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
