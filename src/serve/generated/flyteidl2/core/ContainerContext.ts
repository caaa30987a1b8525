// Original file: proto/flyteidl2/core/execution.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

export interface _flyteidl2_core_ContainerContext_ProcessContext {
  'container_start_time'?: (_google_protobuf_Timestamp | null);
  'container_end_time'?: (_google_protobuf_Timestamp | null);
}

export interface _flyteidl2_core_ContainerContext_ProcessContext__Output {
  'container_start_time': (_google_protobuf_Timestamp__Output | null);
  'container_end_time': (_google_protobuf_Timestamp__Output | null);
}

export interface ContainerContext {
  'container_name'?: (string);
  'process'?: (_flyteidl2_core_ContainerContext_ProcessContext | null);
}

export interface ContainerContext__Output {
  'container_name': (string);
  'process': (_flyteidl2_core_ContainerContext_ProcessContext__Output | null);
}
