// Original file: proto/flyteidl2/core/tasks.proto


// Original file: proto/flyteidl2/core/tasks.proto

export const _flyteidl2_core_GPUAccelerator_DeviceClass = {
  NVIDIA_GPU: 'NVIDIA_GPU',
  GOOGLE_TPU: 'GOOGLE_TPU',
  AMAZON_NEURON: 'AMAZON_NEURON',
  AMD_GPU: 'AMD_GPU',
  HABANA_GAUDI: 'HABANA_GAUDI',
} as const;

export type _flyteidl2_core_GPUAccelerator_DeviceClass =
  | 'NVIDIA_GPU'
  | 0
  | 'GOOGLE_TPU'
  | 1
  | 'AMAZON_NEURON'
  | 2
  | 'AMD_GPU'
  | 3
  | 'HABANA_GAUDI'
  | 4

export type _flyteidl2_core_GPUAccelerator_DeviceClass__Output = typeof _flyteidl2_core_GPUAccelerator_DeviceClass[keyof typeof _flyteidl2_core_GPUAccelerator_DeviceClass]

export interface GPUAccelerator {
  'device'?: (string);
  'unpartitioned'?: (boolean);
  'partition_size'?: (string);
  'device_class'?: (_flyteidl2_core_GPUAccelerator_DeviceClass);
  'partition_size_value'?: "unpartitioned"|"partition_size";
}

export interface GPUAccelerator__Output {
  'device': (string);
  'unpartitioned'?: (boolean);
  'partition_size'?: (string);
  'device_class': (_flyteidl2_core_GPUAccelerator_DeviceClass__Output);
  'partition_size_value'?: "unpartitioned"|"partition_size";
}
