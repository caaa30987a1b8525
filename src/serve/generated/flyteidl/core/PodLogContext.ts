// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/execution.proto

import type { ContainerContext as _flyteidl_core_ContainerContext, ContainerContext__Output as _flyteidl_core_ContainerContext__Output } from '../../flyteidl/core/ContainerContext.js';

export interface PodLogContext {
  'namespace'?: (string);
  'pod_name'?: (string);
  'containers'?: (_flyteidl_core_ContainerContext)[];
  'primary_container_name'?: (string);
  'init_containers'?: (_flyteidl_core_ContainerContext)[];
}

export interface PodLogContext__Output {
  'namespace': (string);
  'pod_name': (string);
  'containers': (_flyteidl_core_ContainerContext__Output)[];
  'primary_container_name': (string);
  'init_containers': (_flyteidl_core_ContainerContext__Output)[];
}
