// Original file: proto/flyteidl2/common/identifier.proto


export interface ClusterConfigIdentifier {
  'organization'?: (string);
  'id'?: (string);
}

export interface ClusterConfigIdentifier__Output {
  'organization': (string);
  'id': (string);
}
