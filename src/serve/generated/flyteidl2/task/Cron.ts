// Original file: proto/flyteidl2/task/common.proto


export interface Cron {
  'expression'?: (string);
  'timezone'?: (string);
}

export interface Cron__Output {
  'expression': (string);
  'timezone': (string);
}
