// Original file: proto/flyteidl2/common/identifier.proto


export interface ClusterNodepoolIdentifier {
  'organization'?: (string);
  'cluster_name'?: (string);
  'name'?: (string);
}

export interface ClusterNodepoolIdentifier__Output {
  'organization': (string);
  'cluster_name': (string);
  'name': (string);
}
