// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/tasks.proto


export interface GPUAccelerator {
  'device'?: (string);
  'unpartitioned'?: (boolean);
  'partition_size'?: (string);
  'partition_size_value'?: "unpartitioned"|"partition_size";
}

export interface GPUAccelerator__Output {
  'device': (string);
  'unpartitioned'?: (boolean);
  'partition_size'?: (string);
  'partition_size_value'?: "unpartitioned"|"partition_size";
}
