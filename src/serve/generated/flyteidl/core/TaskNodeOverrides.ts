// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/workflow.proto

import type { Resources as _flyteidl_core_Resources, Resources__Output as _flyteidl_core_Resources__Output } from '../../flyteidl/core/Resources.js';
import type { ExtendedResources as _flyteidl_core_ExtendedResources, ExtendedResources__Output as _flyteidl_core_ExtendedResources__Output } from '../../flyteidl/core/ExtendedResources.js';
import type { K8sPod as _flyteidl_core_K8sPod, K8sPod__Output as _flyteidl_core_K8sPod__Output } from '../../flyteidl/core/K8sPod.js';

export interface TaskNodeOverrides {
  'resources'?: (_flyteidl_core_Resources | null);
  'extended_resources'?: (_flyteidl_core_ExtendedResources | null);
  'container_image'?: (string);
  'pod_template'?: (_flyteidl_core_K8sPod | null);
}

export interface TaskNodeOverrides__Output {
  'resources': (_flyteidl_core_Resources__Output | null);
  'extended_resources': (_flyteidl_core_ExtendedResources__Output | null);
  'container_image': (string);
  'pod_template': (_flyteidl_core_K8sPod__Output | null);
}
