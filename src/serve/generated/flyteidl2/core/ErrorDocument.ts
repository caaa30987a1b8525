// Original file: proto/flyteidl2/core/execution.proto

import type { ContainerError as _flyteidl2_core_ContainerError, ContainerError__Output as _flyteidl2_core_ContainerError__Output } from '../../flyteidl2/core/ContainerError.js';

export interface ErrorDocument {
  'error'?: (_flyteidl2_core_ContainerError | null);
}

export interface ErrorDocument__Output {
  'error': (_flyteidl2_core_ContainerError__Output | null);
}
