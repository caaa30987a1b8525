// Original file: proto/flyteidl2/core/execution.proto

import type { ContainerContext as _flyteidl2_core_ContainerContext, ContainerContext__Output as _flyteidl2_core_ContainerContext__Output } from '../../flyteidl2/core/ContainerContext.js';

export interface PodLogContext {
  'namespace'?: (string);
  'pod_name'?: (string);
  'containers'?: (_flyteidl2_core_ContainerContext)[];
  'primary_container_name'?: (string);
  'init_containers'?: (_flyteidl2_core_ContainerContext)[];
}

export interface PodLogContext__Output {
  'namespace': (string);
  'pod_name': (string);
  'containers': (_flyteidl2_core_ContainerContext__Output)[];
  'primary_container_name': (string);
  'init_containers': (_flyteidl2_core_ContainerContext__Output)[];
}
