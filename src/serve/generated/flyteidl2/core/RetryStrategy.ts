// Original file: proto/flyteidl2/core/literals.proto

import type { Backoff as _flyteidl2_core_Backoff, Backoff__Output as _flyteidl2_core_Backoff__Output } from '../../flyteidl2/core/Backoff.js';

export interface RetryStrategy {
  'retries'?: (number);
  'backoff'?: (_flyteidl2_core_Backoff | null);
}

export interface RetryStrategy__Output {
  'retries': (number);
  'backoff': (_flyteidl2_core_Backoff__Output | null);
}
