// Original file: proto/flyteidl2/connector/connector.proto

import type { Inputs as _flyteidl2_task_Inputs, Inputs__Output as _flyteidl2_task_Inputs__Output } from '../../flyteidl2/task/Inputs.js';
import type { TaskTemplate as _flyteidl2_core_TaskTemplate, TaskTemplate__Output as _flyteidl2_core_TaskTemplate__Output } from '../../flyteidl2/core/TaskTemplate.js';
import type { TaskExecutionMetadata as _flyteidl2_connector_TaskExecutionMetadata, TaskExecutionMetadata__Output as _flyteidl2_connector_TaskExecutionMetadata__Output } from '../../flyteidl2/connector/TaskExecutionMetadata.js';
import type { Connection as _flyteidl2_core_Connection, Connection__Output as _flyteidl2_core_Connection__Output } from '../../flyteidl2/core/Connection.js';

export interface CreateTaskRequest {
  'inputs'?: (_flyteidl2_task_Inputs | null);
  'template'?: (_flyteidl2_core_TaskTemplate | null);
  'output_prefix'?: (string);
  'task_execution_metadata'?: (_flyteidl2_connector_TaskExecutionMetadata | null);
  'connection'?: (_flyteidl2_core_Connection | null);
}

export interface CreateTaskRequest__Output {
  'inputs': (_flyteidl2_task_Inputs__Output | null);
  'template': (_flyteidl2_core_TaskTemplate__Output | null);
  'output_prefix': (string);
  'task_execution_metadata': (_flyteidl2_connector_TaskExecutionMetadata__Output | null);
  'connection': (_flyteidl2_core_Connection__Output | null);
}
