// Original file: proto/flyteidl2/logs/dataplane/payload.proto

import type { LogLines as _flyteidl2_logs_dataplane_LogLines, LogLines__Output as _flyteidl2_logs_dataplane_LogLines__Output } from '../../../flyteidl2/logs/dataplane/LogLines.js';

export interface LogLinesBatch {
  'logs'?: (_flyteidl2_logs_dataplane_LogLines)[];
}

export interface LogLinesBatch__Output {
  'logs': (_flyteidl2_logs_dataplane_LogLines__Output)[];
}
