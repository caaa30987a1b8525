// Original file: proto/flyteidl2/connector/connector.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';
import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration.js';
import type { TaskCategory as _flyteidl2_connector_TaskCategory, TaskCategory__Output as _flyteidl2_connector_TaskCategory__Output } from '../../flyteidl2/connector/TaskCategory.js';

export interface GetTaskMetricsRequest {
  'resource_meta'?: (Buffer | Uint8Array | string);
  'queries'?: (string)[];
  'start_time'?: (_google_protobuf_Timestamp | null);
  'end_time'?: (_google_protobuf_Timestamp | null);
  'step'?: (_google_protobuf_Duration | null);
  'task_category'?: (_flyteidl2_connector_TaskCategory | null);
}

export interface GetTaskMetricsRequest__Output {
  'resource_meta': (Buffer);
  'queries': (string)[];
  'start_time': (_google_protobuf_Timestamp__Output | null);
  'end_time': (_google_protobuf_Timestamp__Output | null);
  'step': (_google_protobuf_Duration__Output | null);
  'task_category': (_flyteidl2_connector_TaskCategory__Output | null);
}
