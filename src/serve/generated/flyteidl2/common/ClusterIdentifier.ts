// Original file: proto/flyteidl2/common/identifier.proto


export interface ClusterIdentifier {
  'organization'?: (string);
  'name'?: (string);
}

export interface ClusterIdentifier__Output {
  'organization': (string);
  'name': (string);
}
