// Original file: proto/flyteidl2/connector/connector.proto

import type { TaskCategory as _flyteidl2_connector_TaskCategory, TaskCategory__Output as _flyteidl2_connector_TaskCategory__Output } from '../../flyteidl2/connector/TaskCategory.js';

export interface Connector {
  'name'?: (string);
  'supported_task_categories'?: (_flyteidl2_connector_TaskCategory)[];
}

export interface Connector__Output {
  'name': (string);
  'supported_task_categories': (_flyteidl2_connector_TaskCategory__Output)[];
}
