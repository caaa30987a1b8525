// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto

import type { LiteralMap as _flyteidl_core_LiteralMap, LiteralMap__Output as _flyteidl_core_LiteralMap__Output } from '../../flyteidl/core/LiteralMap.js';
import type { TaskTemplate as _flyteidl_core_TaskTemplate, TaskTemplate__Output as _flyteidl_core_TaskTemplate__Output } from '../../flyteidl/core/TaskTemplate.js';
import type { TaskExecutionMetadata as _flyteidl_admin_TaskExecutionMetadata, TaskExecutionMetadata__Output as _flyteidl_admin_TaskExecutionMetadata__Output } from '../../flyteidl/admin/TaskExecutionMetadata.js';

export interface CreateTaskRequest {
  'inputs'?: (_flyteidl_core_LiteralMap | null);
  'template'?: (_flyteidl_core_TaskTemplate | null);
  'output_prefix'?: (string);
  'task_execution_metadata'?: (_flyteidl_admin_TaskExecutionMetadata | null);
}

export interface CreateTaskRequest__Output {
  'inputs': (_flyteidl_core_LiteralMap__Output | null);
  'template': (_flyteidl_core_TaskTemplate__Output | null);
  'output_prefix': (string);
  'task_execution_metadata': (_flyteidl_admin_TaskExecutionMetadata__Output | null);
}
