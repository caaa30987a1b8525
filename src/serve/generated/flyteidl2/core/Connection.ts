// Original file: proto/flyteidl2/core/security.proto


export interface Connection {
  'task_type'?: (string);
  'secrets'?: ({[key: string]: string});
  'configs'?: ({[key: string]: string});
}

export interface Connection__Output {
  'task_type': (string);
  'secrets': ({[key: string]: string});
  'configs': ({[key: string]: string});
}
