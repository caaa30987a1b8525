// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/workflow.proto

import type { Identifier as _flyteidl_core_Identifier, Identifier__Output as _flyteidl_core_Identifier__Output } from '../../flyteidl/core/Identifier.js';
import type { TaskNodeOverrides as _flyteidl_core_TaskNodeOverrides, TaskNodeOverrides__Output as _flyteidl_core_TaskNodeOverrides__Output } from '../../flyteidl/core/TaskNodeOverrides.js';

export interface TaskNode {
  'reference_id'?: (_flyteidl_core_Identifier | null);
  'overrides'?: (_flyteidl_core_TaskNodeOverrides | null);
  'reference'?: "reference_id";
}

export interface TaskNode__Output {
  'reference_id'?: (_flyteidl_core_Identifier__Output | null);
  'overrides': (_flyteidl_core_TaskNodeOverrides__Output | null);
  'reference'?: "reference_id";
}
