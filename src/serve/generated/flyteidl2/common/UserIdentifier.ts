// Original file: proto/flyteidl2/common/identifier.proto


export interface UserIdentifier {
  'subject'?: (string);
}

export interface UserIdentifier__Output {
  'subject': (string);
}
