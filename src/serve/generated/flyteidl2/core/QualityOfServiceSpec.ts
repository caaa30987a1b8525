// Original file: proto/flyteidl2/core/execution.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration.js';

export interface QualityOfServiceSpec {
  'queueing_budget'?: (_google_protobuf_Duration | null);
}

export interface QualityOfServiceSpec__Output {
  'queueing_budget': (_google_protobuf_Duration__Output | null);
}
