// Original file: proto/flyteidl2/task/common.proto

import type { FixedRateUnit as _flyteidl2_task_FixedRateUnit, FixedRateUnit__Output as _flyteidl2_task_FixedRateUnit__Output } from '../../flyteidl2/task/FixedRateUnit.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

export interface FixedRate {
  'value'?: (number);
  'unit'?: (_flyteidl2_task_FixedRateUnit);
  'start_time'?: (_google_protobuf_Timestamp | null);
}

export interface FixedRate__Output {
  'value': (number);
  'unit': (_flyteidl2_task_FixedRateUnit__Output);
  'start_time': (_google_protobuf_Timestamp__Output | null);
}
