// Original file: proto/flyteidl2/connector/connector.proto

import type { TaskTemplate as _flyteidl2_core_TaskTemplate, TaskTemplate__Output as _flyteidl2_core_TaskTemplate__Output } from '../../flyteidl2/core/TaskTemplate.js';
import type { TaskExecutionMetadata as _flyteidl2_connector_TaskExecutionMetadata, TaskExecutionMetadata__Output as _flyteidl2_connector_TaskExecutionMetadata__Output } from '../../flyteidl2/connector/TaskExecutionMetadata.js';
import type { Connection as _flyteidl2_core_Connection, Connection__Output as _flyteidl2_core_Connection__Output } from '../../flyteidl2/core/Connection.js';
import type { Long } from '@grpc/proto-loader';

export interface CreateRequestHeader {
  'template'?: (_flyteidl2_core_TaskTemplate | null);
  'output_prefix'?: (string);
  'task_execution_metadata'?: (_flyteidl2_connector_TaskExecutionMetadata | null);
  'max_dataset_size_bytes'?: (number | string | Long);
  'connection'?: (_flyteidl2_core_Connection | null);
}

export interface CreateRequestHeader__Output {
  'template': (_flyteidl2_core_TaskTemplate__Output | null);
  'output_prefix': (string);
  'task_execution_metadata': (_flyteidl2_connector_TaskExecutionMetadata__Output | null);
  'max_dataset_size_bytes': (string);
  'connection': (_flyteidl2_core_Connection__Output | null);
}
