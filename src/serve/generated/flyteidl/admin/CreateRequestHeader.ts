// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto

import type { TaskTemplate as _flyteidl_core_TaskTemplate, TaskTemplate__Output as _flyteidl_core_TaskTemplate__Output } from '../../flyteidl/core/TaskTemplate.js';
import type { TaskExecutionMetadata as _flyteidl_admin_TaskExecutionMetadata, TaskExecutionMetadata__Output as _flyteidl_admin_TaskExecutionMetadata__Output } from '../../flyteidl/admin/TaskExecutionMetadata.js';
import type { Long } from '@grpc/proto-loader';

export interface CreateRequestHeader {
  'template'?: (_flyteidl_core_TaskTemplate | null);
  'output_prefix'?: (string);
  'task_execution_metadata'?: (_flyteidl_admin_TaskExecutionMetadata | null);
  'max_dataset_size_bytes'?: (number | string | Long);
}

export interface CreateRequestHeader__Output {
  'template': (_flyteidl_core_TaskTemplate__Output | null);
  'output_prefix': (string);
  'task_execution_metadata': (_flyteidl_admin_TaskExecutionMetadata__Output | null);
  'max_dataset_size_bytes': (string);
}
