// Original file: proto/flyteidl2/connector/connector.proto


export interface TaskCategory {
  'name'?: (string);
  'version'?: (number);
}

export interface TaskCategory__Output {
  'name': (string);
  'version': (number);
}
