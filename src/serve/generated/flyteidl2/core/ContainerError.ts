// Original file: proto/flyteidl2/core/execution.proto

import type { _flyteidl2_core_ExecutionError_ErrorKind, _flyteidl2_core_ExecutionError_ErrorKind__Output } from '../../flyteidl2/core/ExecutionError.js';

// Original file: proto/flyteidl2/core/execution.proto

export const _flyteidl2_core_ContainerError_Kind = {
  NON_RECOVERABLE: 'NON_RECOVERABLE',
  RECOVERABLE: 'RECOVERABLE',
} as const;

export type _flyteidl2_core_ContainerError_Kind =
  | 'NON_RECOVERABLE'
  | 0
  | 'RECOVERABLE'
  | 1

export type _flyteidl2_core_ContainerError_Kind__Output = typeof _flyteidl2_core_ContainerError_Kind[keyof typeof _flyteidl2_core_ContainerError_Kind]

export interface ContainerError {
  'code'?: (string);
  'message'?: (string);
  'kind'?: (_flyteidl2_core_ContainerError_Kind);
  'origin'?: (_flyteidl2_core_ExecutionError_ErrorKind);
}

export interface ContainerError__Output {
  'code': (string);
  'message': (string);
  'kind': (_flyteidl2_core_ContainerError_Kind__Output);
  'origin': (_flyteidl2_core_ExecutionError_ErrorKind__Output);
}
