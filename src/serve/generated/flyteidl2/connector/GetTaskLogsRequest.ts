// Original file: proto/flyteidl2/connector/connector.proto

import type { TaskCategory as _flyteidl2_connector_TaskCategory, TaskCategory__Output as _flyteidl2_connector_TaskCategory__Output } from '../../flyteidl2/connector/TaskCategory.js';
import type { Long } from '@grpc/proto-loader';

export interface GetTaskLogsRequest {
  'resource_meta'?: (Buffer | Uint8Array | string);
  'lines'?: (number | string | Long);
  'token'?: (string);
  'task_category'?: (_flyteidl2_connector_TaskCategory | null);
}

export interface GetTaskLogsRequest__Output {
  'resource_meta': (Buffer);
  'lines': (string);
  'token': (string);
  'task_category': (_flyteidl2_connector_TaskCategory__Output | null);
}
