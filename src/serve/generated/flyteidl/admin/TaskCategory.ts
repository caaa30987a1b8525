// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto


export interface TaskCategory {
  'name'?: (string);
  'version'?: (number);
}

export interface TaskCategory__Output {
  'name': (string);
  'version': (number);
}
