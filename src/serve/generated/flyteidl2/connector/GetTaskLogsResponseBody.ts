// Original file: proto/flyteidl2/connector/connector.proto

import type { LogLine as _flyteidl2_logs_dataplane_LogLine, LogLine__Output as _flyteidl2_logs_dataplane_LogLine__Output } from '../../flyteidl2/logs/dataplane/LogLine.js';

export interface GetTaskLogsResponseBody {
  'results'?: (string)[];
  'lines'?: (_flyteidl2_logs_dataplane_LogLine)[];
}

export interface GetTaskLogsResponseBody__Output {
  'results': (string)[];
  'lines': (_flyteidl2_logs_dataplane_LogLine__Output)[];
}
