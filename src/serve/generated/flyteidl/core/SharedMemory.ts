// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/tasks.proto


export interface SharedMemory {
  'mount_path'?: (string);
  'mount_name'?: (string);
  'size_limit'?: (string);
}

export interface SharedMemory__Output {
  'mount_path': (string);
  'mount_name': (string);
  'size_limit': (string);
}
