// Original file: proto/flyteidl2/logs/dataplane/payload.proto


export interface LiveLogsOptions {
  'log_pod_status'?: (boolean);
  'log_timestamps'?: (boolean);
}

export interface LiveLogsOptions__Output {
  'log_pod_status': (boolean);
  'log_timestamps': (boolean);
}
