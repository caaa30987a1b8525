// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto

import type { _flyteidl_core_ExecutionError_ErrorKind, _flyteidl_core_ExecutionError_ErrorKind__Output } from '../../flyteidl/core/ExecutionError.js';

// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto

export const _flyteidl_admin_AgentError_Kind = {
  NON_RECOVERABLE: 'NON_RECOVERABLE',
  RECOVERABLE: 'RECOVERABLE',
} as const;

export type _flyteidl_admin_AgentError_Kind =
  | 'NON_RECOVERABLE'
  | 0
  | 'RECOVERABLE'
  | 1

export type _flyteidl_admin_AgentError_Kind__Output = typeof _flyteidl_admin_AgentError_Kind[keyof typeof _flyteidl_admin_AgentError_Kind]

export interface AgentError {
  'code'?: (string);
  'kind'?: (_flyteidl_admin_AgentError_Kind);
  'origin'?: (_flyteidl_core_ExecutionError_ErrorKind);
}

export interface AgentError__Output {
  'code': (string);
  'kind': (_flyteidl_admin_AgentError_Kind__Output);
  'origin': (_flyteidl_core_ExecutionError_ErrorKind__Output);
}
