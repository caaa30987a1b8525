// Original file: proto/flyteidl2/common/identifier.proto


export interface RunIdentifier {
  'org'?: (string);
  'project'?: (string);
  'domain'?: (string);
  'name'?: (string);
}

export interface RunIdentifier__Output {
  'org': (string);
  'project': (string);
  'domain': (string);
  'name': (string);
}
