// Original file: proto/flyteidl2/common/identifier.proto


export interface DomainIdentifier {
  'organization'?: (string);
  'name'?: (string);
}

export interface DomainIdentifier__Output {
  'organization': (string);
  'name': (string);
}
