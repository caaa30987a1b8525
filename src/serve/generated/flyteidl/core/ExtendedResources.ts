// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/tasks.proto

import type { GPUAccelerator as _flyteidl_core_GPUAccelerator, GPUAccelerator__Output as _flyteidl_core_GPUAccelerator__Output } from '../../flyteidl/core/GPUAccelerator.js';
import type { SharedMemory as _flyteidl_core_SharedMemory, SharedMemory__Output as _flyteidl_core_SharedMemory__Output } from '../../flyteidl/core/SharedMemory.js';

export interface ExtendedResources {
  'gpu_accelerator'?: (_flyteidl_core_GPUAccelerator | null);
  'shared_memory'?: (_flyteidl_core_SharedMemory | null);
}

export interface ExtendedResources__Output {
  'gpu_accelerator': (_flyteidl_core_GPUAccelerator__Output | null);
  'shared_memory': (_flyteidl_core_SharedMemory__Output | null);
}
