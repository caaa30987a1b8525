// Original file: proto/flyteidl2/logs/dataplane/payload.proto


export interface ContainerSelector {
  'cluster_name'?: (string);
  'kubernetes_namespace'?: (string);
  'kubernetes_pod_name_prefix'?: (string);
  'kubernetes_container_name'?: (string);
  'kubernetes_pod_label_selector'?: (string);
  'node_name'?: (string);
}

export interface ContainerSelector__Output {
  'cluster_name': (string);
  'kubernetes_namespace': (string);
  'kubernetes_pod_name_prefix': (string);
  'kubernetes_container_name': (string);
  'kubernetes_pod_label_selector': (string);
  'node_name': (string);
}
