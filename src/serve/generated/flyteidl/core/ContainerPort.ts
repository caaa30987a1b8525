// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/tasks.proto


export interface ContainerPort {
  'container_port'?: (number);
  'name'?: (string);
}

export interface ContainerPort__Output {
  'container_port': (number);
  'name': (string);
}
