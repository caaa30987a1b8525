// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto

export const State = {
  RETRYABLE_FAILURE: 'RETRYABLE_FAILURE',
  PERMANENT_FAILURE: 'PERMANENT_FAILURE',
  PENDING: 'PENDING',
  RUNNING: 'RUNNING',
  SUCCEEDED: 'SUCCEEDED',
} as const;

export type State =
  | 'RETRYABLE_FAILURE'
  | 0
  | 'PERMANENT_FAILURE'
  | 1
  | 'PENDING'
  | 2
  | 'RUNNING'
  | 3
  | 'SUCCEEDED'
  | 4

export type State__Output = typeof State[keyof typeof State]
