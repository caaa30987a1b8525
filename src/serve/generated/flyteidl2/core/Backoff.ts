// Original file: proto/flyteidl2/core/literals.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration.js';

export interface Backoff {
  'base'?: (_google_protobuf_Duration | null);
  'factor'?: (number | string);
  'cap'?: (_google_protobuf_Duration | null);
  '_factor'?: "factor";
}

export interface Backoff__Output {
  'base': (_google_protobuf_Duration__Output | null);
  'factor'?: (number);
  'cap': (_google_protobuf_Duration__Output | null);
  '_factor'?: "factor";
}
