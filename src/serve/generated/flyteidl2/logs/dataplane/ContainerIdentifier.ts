// Original file: proto/flyteidl2/logs/dataplane/payload.proto


export interface ContainerIdentifier {
  'cluster_name'?: (string);
  'kubernetes_namespace'?: (string);
  'kubernetes_pod_name'?: (string);
  'kubernetes_container_name'?: (string);
}

export interface ContainerIdentifier__Output {
  'cluster_name': (string);
  'kubernetes_namespace': (string);
  'kubernetes_pod_name': (string);
  'kubernetes_container_name': (string);
}
