// Original file: proto/flyteidl2/common/identifier.proto


export interface ClusterPoolIdentifier {
  'organization'?: (string);
  'name'?: (string);
}

export interface ClusterPoolIdentifier__Output {
  'organization': (string);
  'name': (string);
}
