// Original file: proto/flyteidl2/connector/connector.proto


export interface GetTaskLogsResponseHeader {
  'token'?: (string);
}

export interface GetTaskLogsResponseHeader__Output {
  'token': (string);
}
