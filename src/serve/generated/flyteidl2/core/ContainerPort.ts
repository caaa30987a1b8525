// Original file: proto/flyteidl2/core/tasks.proto


export interface ContainerPort {
  'container_port'?: (number);
  'name'?: (string);
}

export interface ContainerPort__Output {
  'container_port': (number);
  'name': (string);
}
