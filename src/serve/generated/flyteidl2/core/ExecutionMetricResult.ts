// Original file: proto/flyteidl2/core/metrics.proto

import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.js';

export interface ExecutionMetricResult {
  'metric'?: (string);
  'data'?: (_google_protobuf_Struct | null);
}

export interface ExecutionMetricResult__Output {
  'metric': (string);
  'data': (_google_protobuf_Struct__Output | null);
}
