// Original file: proto/flyteidl2/core/literals.proto


export interface Binary {
  'value'?: (Buffer | Uint8Array | string);
  'tag'?: (string);
}

export interface Binary__Output {
  'value': (Buffer);
  'tag': (string);
}
