// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/workflow.proto

import type { QualityOfService as _flyteidl_core_QualityOfService, QualityOfService__Output as _flyteidl_core_QualityOfService__Output } from '../../flyteidl/core/QualityOfService.js';

// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/workflow.proto

export const _flyteidl_core_WorkflowMetadata_OnFailurePolicy = {
  FAIL_IMMEDIATELY: 'FAIL_IMMEDIATELY',
  FAIL_AFTER_EXECUTABLE_NODES_COMPLETE: 'FAIL_AFTER_EXECUTABLE_NODES_COMPLETE',
} as const;

export type _flyteidl_core_WorkflowMetadata_OnFailurePolicy =
  | 'FAIL_IMMEDIATELY'
  | 0
  | 'FAIL_AFTER_EXECUTABLE_NODES_COMPLETE'
  | 1

export type _flyteidl_core_WorkflowMetadata_OnFailurePolicy__Output = typeof _flyteidl_core_WorkflowMetadata_OnFailurePolicy[keyof typeof _flyteidl_core_WorkflowMetadata_OnFailurePolicy]

export interface WorkflowMetadata {
  'quality_of_service'?: (_flyteidl_core_QualityOfService | null);
  'on_failure'?: (_flyteidl_core_WorkflowMetadata_OnFailurePolicy);
  'tags'?: ({[key: string]: string});
}

export interface WorkflowMetadata__Output {
  'quality_of_service': (_flyteidl_core_QualityOfService__Output | null);
  'on_failure': (_flyteidl_core_WorkflowMetadata_OnFailurePolicy__Output);
  'tags': ({[key: string]: string});
}
