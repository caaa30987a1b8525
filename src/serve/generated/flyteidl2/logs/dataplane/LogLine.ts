// Original file: proto/flyteidl2/logs/dataplane/payload.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';
import type { LogLineOriginator as _flyteidl2_logs_dataplane_LogLineOriginator, LogLineOriginator__Output as _flyteidl2_logs_dataplane_LogLineOriginator__Output } from '../../../flyteidl2/logs/dataplane/LogLineOriginator.js';

export interface LogLine {
  'timestamp'?: (_google_protobuf_Timestamp | null);
  'message'?: (string);
  'originator'?: (_flyteidl2_logs_dataplane_LogLineOriginator);
}

export interface LogLine__Output {
  'timestamp': (_google_protobuf_Timestamp__Output | null);
  'message': (string);
  'originator': (_flyteidl2_logs_dataplane_LogLineOriginator__Output);
}
