// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto


export interface GetTaskLogsResponseHeader {
  'token'?: (string);
}

export interface GetTaskLogsResponseHeader__Output {
  'token': (string);
}
