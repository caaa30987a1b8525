// Original file: proto/flyteidl2/common/identifier.proto


export interface RoleIdentifier {
  'organization'?: (string);
  'name'?: (string);
}

export interface RoleIdentifier__Output {
  'organization': (string);
  'name': (string);
}
