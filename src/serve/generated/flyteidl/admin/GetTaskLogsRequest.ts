// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto

import type { TaskCategory as _flyteidl_admin_TaskCategory, TaskCategory__Output as _flyteidl_admin_TaskCategory__Output } from '../../flyteidl/admin/TaskCategory.js';
import type { Long } from '@grpc/proto-loader';

export interface GetTaskLogsRequest {
  'task_type'?: (string);
  'resource_meta'?: (Buffer | Uint8Array | string);
  'lines'?: (number | string | Long);
  'token'?: (string);
  'task_category'?: (_flyteidl_admin_TaskCategory | null);
}

export interface GetTaskLogsRequest__Output {
  'task_type': (string);
  'resource_meta': (Buffer);
  'lines': (string);
  'token': (string);
  'task_category': (_flyteidl_admin_TaskCategory__Output | null);
}
