// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';
import type { LogLineOriginator as _flyteidl_admin_LogLineOriginator, LogLineOriginator__Output as _flyteidl_admin_LogLineOriginator__Output } from '../../flyteidl/admin/LogLineOriginator.js';

export interface LogLine {
  'timestamp'?: (_google_protobuf_Timestamp | null);
  'message'?: (string);
  'originator'?: (_flyteidl_admin_LogLineOriginator);
}

export interface LogLine__Output {
  'timestamp': (_google_protobuf_Timestamp__Output | null);
  'message': (string);
  'originator': (_flyteidl_admin_LogLineOriginator__Output);
}
