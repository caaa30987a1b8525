// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto

import type { GetTaskLogsResponseHeader as _flyteidl_admin_GetTaskLogsResponseHeader, GetTaskLogsResponseHeader__Output as _flyteidl_admin_GetTaskLogsResponseHeader__Output } from '../../flyteidl/admin/GetTaskLogsResponseHeader.js';
import type { GetTaskLogsResponseBody as _flyteidl_admin_GetTaskLogsResponseBody, GetTaskLogsResponseBody__Output as _flyteidl_admin_GetTaskLogsResponseBody__Output } from '../../flyteidl/admin/GetTaskLogsResponseBody.js';

export interface GetTaskLogsResponse {
  'header'?: (_flyteidl_admin_GetTaskLogsResponseHeader | null);
  'body'?: (_flyteidl_admin_GetTaskLogsResponseBody | null);
  'part'?: "header"|"body";
}

export interface GetTaskLogsResponse__Output {
  'header'?: (_flyteidl_admin_GetTaskLogsResponseHeader__Output | null);
  'body'?: (_flyteidl_admin_GetTaskLogsResponseBody__Output | null);
  'part'?: "header"|"body";
}
