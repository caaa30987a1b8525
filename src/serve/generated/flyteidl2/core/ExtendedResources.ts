// Original file: proto/flyteidl2/core/tasks.proto

import type { GPUAccelerator as _flyteidl2_core_GPUAccelerator, GPUAccelerator__Output as _flyteidl2_core_GPUAccelerator__Output } from '../../flyteidl2/core/GPUAccelerator.js';
import type { SharedMemory as _flyteidl2_core_SharedMemory, SharedMemory__Output as _flyteidl2_core_SharedMemory__Output } from '../../flyteidl2/core/SharedMemory.js';

export interface ExtendedResources {
  'gpu_accelerator'?: (_flyteidl2_core_GPUAccelerator | null);
  'shared_memory'?: (_flyteidl2_core_SharedMemory | null);
}

export interface ExtendedResources__Output {
  'gpu_accelerator': (_flyteidl2_core_GPUAccelerator__Output | null);
  'shared_memory': (_flyteidl2_core_SharedMemory__Output | null);
}
