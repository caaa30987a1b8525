// Original file: proto/flyteidl2/core/tasks.proto


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
