// Original file: proto/flyteidl2/core/execution.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration.js';

// Original file: proto/flyteidl2/core/execution.proto

export const _flyteidl2_core_TaskLog_LinkType = {
  EXTERNAL: 'EXTERNAL',
  DASHBOARD: 'DASHBOARD',
  IDE: 'IDE',
} as const;

export type _flyteidl2_core_TaskLog_LinkType =
  | 'EXTERNAL'
  | 0
  | 'DASHBOARD'
  | 1
  | 'IDE'
  | 2

export type _flyteidl2_core_TaskLog_LinkType__Output = typeof _flyteidl2_core_TaskLog_LinkType[keyof typeof _flyteidl2_core_TaskLog_LinkType]

// Original file: proto/flyteidl2/core/execution.proto

export const _flyteidl2_core_TaskLog_MessageFormat = {
  UNKNOWN: 'UNKNOWN',
  CSV: 'CSV',
  JSON: 'JSON',
} as const;

export type _flyteidl2_core_TaskLog_MessageFormat =
  | 'UNKNOWN'
  | 0
  | 'CSV'
  | 1
  | 'JSON'
  | 2

export type _flyteidl2_core_TaskLog_MessageFormat__Output = typeof _flyteidl2_core_TaskLog_MessageFormat[keyof typeof _flyteidl2_core_TaskLog_MessageFormat]

export interface TaskLog {
  'uri'?: (string);
  'name'?: (string);
  'message_format'?: (_flyteidl2_core_TaskLog_MessageFormat);
  'ttl'?: (_google_protobuf_Duration | null);
  'ShowWhilePending'?: (boolean);
  'HideOnceFinished'?: (boolean);
  'link_type'?: (_flyteidl2_core_TaskLog_LinkType);
  'ready'?: (boolean);
  'icon_uri'?: (string);
}

export interface TaskLog__Output {
  'uri': (string);
  'name': (string);
  'message_format': (_flyteidl2_core_TaskLog_MessageFormat__Output);
  'ttl': (_google_protobuf_Duration__Output | null);
  'ShowWhilePending': (boolean);
  'HideOnceFinished': (boolean);
  'link_type': (_flyteidl2_core_TaskLog_LinkType__Output);
  'ready': (boolean);
  'icon_uri': (string);
}
