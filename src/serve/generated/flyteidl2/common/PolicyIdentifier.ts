// Original file: proto/flyteidl2/common/identifier.proto


export interface PolicyIdentifier {
  'organization'?: (string);
  'name'?: (string);
}

export interface PolicyIdentifier__Output {
  'organization': (string);
  'name': (string);
}
