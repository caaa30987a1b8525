// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/workflow.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration.js';

export interface SleepCondition {
  'duration'?: (_google_protobuf_Duration | null);
}

export interface SleepCondition__Output {
  'duration': (_google_protobuf_Duration__Output | null);
}
