// Original file: proto/flyteidl2/common/identifier.proto


export interface ApplicationIdentifier {
  'subject'?: (string);
}

export interface ApplicationIdentifier__Output {
  'subject': (string);
}
