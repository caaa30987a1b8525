// Original file: proto/flyteidl2/core/literals.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration.js';

export interface TimeoutStrategy {
  'queued_timeout'?: (_google_protobuf_Duration | null);
  'deadline'?: (_google_protobuf_Duration | null);
}

export interface TimeoutStrategy__Output {
  'queued_timeout': (_google_protobuf_Duration__Output | null);
  'deadline': (_google_protobuf_Duration__Output | null);
}
