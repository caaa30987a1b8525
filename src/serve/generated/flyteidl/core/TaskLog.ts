// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/execution.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration.js';

// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/execution.proto

export const _flyteidl_core_TaskLog_MessageFormat = {
  UNKNOWN: 'UNKNOWN',
  CSV: 'CSV',
  JSON: 'JSON',
} as const;

export type _flyteidl_core_TaskLog_MessageFormat =
  | 'UNKNOWN'
  | 0
  | 'CSV'
  | 1
  | 'JSON'
  | 2

export type _flyteidl_core_TaskLog_MessageFormat__Output = typeof _flyteidl_core_TaskLog_MessageFormat[keyof typeof _flyteidl_core_TaskLog_MessageFormat]

export interface TaskLog {
  'uri'?: (string);
  'name'?: (string);
  'message_format'?: (_flyteidl_core_TaskLog_MessageFormat);
  'ttl'?: (_google_protobuf_Duration | null);
  'ShowWhilePending'?: (boolean);
  'HideOnceFinished'?: (boolean);
}

export interface TaskLog__Output {
  'uri': (string);
  'name': (string);
  'message_format': (_flyteidl_core_TaskLog_MessageFormat__Output);
  'ttl': (_google_protobuf_Duration__Output | null);
  'ShowWhilePending': (boolean);
  'HideOnceFinished': (boolean);
}
