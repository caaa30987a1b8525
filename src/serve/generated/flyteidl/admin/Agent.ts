// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto

import type { TaskCategory as _flyteidl_admin_TaskCategory, TaskCategory__Output as _flyteidl_admin_TaskCategory__Output } from '../../flyteidl/admin/TaskCategory.js';

export interface Agent {
  'name'?: (string);
  'supported_task_types'?: (string)[];
  'is_sync'?: (boolean);
  'supported_task_categories'?: (_flyteidl_admin_TaskCategory)[];
}

export interface Agent__Output {
  'name': (string);
  'supported_task_types': (string)[];
  'is_sync': (boolean);
  'supported_task_categories': (_flyteidl_admin_TaskCategory__Output)[];
}
