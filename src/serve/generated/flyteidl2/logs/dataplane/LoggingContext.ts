// Original file: proto/flyteidl2/logs/dataplane/payload.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';
import type { _flyteidl2_common_Sort_Direction, _flyteidl2_common_Sort_Direction__Output } from '../../../flyteidl2/common/Sort.js';
import type { Long } from '@grpc/proto-loader';

export interface LoggingContext {
  'cluster_name'?: (string);
  'kubernetes_namespace'?: (string);
  'kubernetes_pod_name'?: (string);
  'kubernetes_container_name'?: (string);
  'execution_attempt_start_time'?: (_google_protobuf_Timestamp | null);
  'execution_attempt_end_time'?: (_google_protobuf_Timestamp | null);
  'kubernetes_pod_labels'?: ({[key: string]: string});
  'order'?: (_flyteidl2_common_Sort_Direction);
  'number_of_batches'?: (number | string | Long);
}

export interface LoggingContext__Output {
  'cluster_name': (string);
  'kubernetes_namespace': (string);
  'kubernetes_pod_name': (string);
  'kubernetes_container_name': (string);
  'execution_attempt_start_time': (_google_protobuf_Timestamp__Output | null);
  'execution_attempt_end_time': (_google_protobuf_Timestamp__Output | null);
  'kubernetes_pod_labels': ({[key: string]: string});
  'order': (_flyteidl2_common_Sort_Direction__Output);
  'number_of_batches': (string);
}
