// Original file: proto/flyteidl2/connector/connector.proto

import type { GetTaskLogsResponseHeader as _flyteidl2_connector_GetTaskLogsResponseHeader, GetTaskLogsResponseHeader__Output as _flyteidl2_connector_GetTaskLogsResponseHeader__Output } from '../../flyteidl2/connector/GetTaskLogsResponseHeader.js';
import type { GetTaskLogsResponseBody as _flyteidl2_connector_GetTaskLogsResponseBody, GetTaskLogsResponseBody__Output as _flyteidl2_connector_GetTaskLogsResponseBody__Output } from '../../flyteidl2/connector/GetTaskLogsResponseBody.js';

export interface GetTaskLogsResponse {
  'header'?: (_flyteidl2_connector_GetTaskLogsResponseHeader | null);
  'body'?: (_flyteidl2_connector_GetTaskLogsResponseBody | null);
  'part'?: "header"|"body";
}

export interface GetTaskLogsResponse__Output {
  'header'?: (_flyteidl2_connector_GetTaskLogsResponseHeader__Output | null);
  'body'?: (_flyteidl2_connector_GetTaskLogsResponseBody__Output | null);
  'part'?: "header"|"body";
}
