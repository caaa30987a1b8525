// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto

import type { LogLine as _flyteidl_admin_LogLine, LogLine__Output as _flyteidl_admin_LogLine__Output } from '../../flyteidl/admin/LogLine.js';

export interface GetTaskLogsResponseBody {
  'results'?: (string)[];
  'structured_lines'?: (_flyteidl_admin_LogLine)[];
}

export interface GetTaskLogsResponseBody__Output {
  'results': (string)[];
  'structured_lines': (_flyteidl_admin_LogLine__Output)[];
}
