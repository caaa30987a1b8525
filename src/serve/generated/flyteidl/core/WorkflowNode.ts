// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/workflow.proto

import type { Identifier as _flyteidl_core_Identifier, Identifier__Output as _flyteidl_core_Identifier__Output } from '../../flyteidl/core/Identifier.js';

export interface WorkflowNode {
  'launchplan_ref'?: (_flyteidl_core_Identifier | null);
  'sub_workflow_ref'?: (_flyteidl_core_Identifier | null);
  'reference'?: "launchplan_ref"|"sub_workflow_ref";
}

export interface WorkflowNode__Output {
  'launchplan_ref'?: (_flyteidl_core_Identifier__Output | null);
  'sub_workflow_ref'?: (_flyteidl_core_Identifier__Output | null);
  'reference'?: "launchplan_ref"|"sub_workflow_ref";
}
