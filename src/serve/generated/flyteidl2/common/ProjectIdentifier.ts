// Original file: proto/flyteidl2/common/identifier.proto


export interface ProjectIdentifier {
  'organization'?: (string);
  'domain'?: (string);
  'name'?: (string);
}

export interface ProjectIdentifier__Output {
  'organization': (string);
  'domain': (string);
  'name': (string);
}
