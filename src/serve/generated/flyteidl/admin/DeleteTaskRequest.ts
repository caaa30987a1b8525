// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto

import type { TaskCategory as _flyteidl_admin_TaskCategory, TaskCategory__Output as _flyteidl_admin_TaskCategory__Output } from '../../flyteidl/admin/TaskCategory.js';

export interface DeleteTaskRequest {
  'task_type'?: (string);
  'resource_meta'?: (Buffer | Uint8Array | string);
  'task_category'?: (_flyteidl_admin_TaskCategory | null);
}

export interface DeleteTaskRequest__Output {
  'task_type': (string);
  'resource_meta': (Buffer);
  'task_category': (_flyteidl_admin_TaskCategory__Output | null);
}
