// Original file: proto/flyteidl2/core/execution.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';
import type { _flyteidl2_core_ContainerError_Kind, _flyteidl2_core_ContainerError_Kind__Output } from '../../flyteidl2/core/ContainerError.js';

// Original file: proto/flyteidl2/core/execution.proto

export const _flyteidl2_core_ExecutionError_ErrorKind = {
  UNKNOWN: 'UNKNOWN',
  USER: 'USER',
  SYSTEM: 'SYSTEM',
} as const;

export type _flyteidl2_core_ExecutionError_ErrorKind =
  | 'UNKNOWN'
  | 0
  | 'USER'
  | 1
  | 'SYSTEM'
  | 2

export type _flyteidl2_core_ExecutionError_ErrorKind__Output = typeof _flyteidl2_core_ExecutionError_ErrorKind[keyof typeof _flyteidl2_core_ExecutionError_ErrorKind]

export interface ExecutionError {
  'code'?: (string);
  'message'?: (string);
  'error_uri'?: (string);
  'kind'?: (_flyteidl2_core_ExecutionError_ErrorKind);
  'timestamp'?: (_google_protobuf_Timestamp | null);
  'worker'?: (string);
  'recoverability'?: (_flyteidl2_core_ContainerError_Kind);
}

export interface ExecutionError__Output {
  'code': (string);
  'message': (string);
  'error_uri': (string);
  'kind': (_flyteidl2_core_ExecutionError_ErrorKind__Output);
  'timestamp': (_google_protobuf_Timestamp__Output | null);
  'worker': (string);
  'recoverability': (_flyteidl2_core_ContainerError_Kind__Output);
}
