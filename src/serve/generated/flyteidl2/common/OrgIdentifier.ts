// Original file: proto/flyteidl2/common/identifier.proto


export interface OrgIdentifier {
  'name'?: (string);
}

export interface OrgIdentifier__Output {
  'name': (string);
}
