// Original file: proto/flyteidl2/connector/connector.proto

import type { TaskCategory as _flyteidl2_connector_TaskCategory, TaskCategory__Output as _flyteidl2_connector_TaskCategory__Output } from '../../flyteidl2/connector/TaskCategory.js';
import type { Connection as _flyteidl2_core_Connection, Connection__Output as _flyteidl2_core_Connection__Output } from '../../flyteidl2/core/Connection.js';

export interface DeleteTaskRequest {
  'resource_meta'?: (Buffer | Uint8Array | string);
  'task_category'?: (_flyteidl2_connector_TaskCategory | null);
  'connection'?: (_flyteidl2_core_Connection | null);
}

export interface DeleteTaskRequest__Output {
  'resource_meta': (Buffer);
  'task_category': (_flyteidl2_connector_TaskCategory__Output | null);
  'connection': (_flyteidl2_core_Connection__Output | null);
}
