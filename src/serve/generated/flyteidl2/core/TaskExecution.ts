// Original file: proto/flyteidl2/core/execution.proto


// Original file: proto/flyteidl2/core/execution.proto

export const _flyteidl2_core_TaskExecution_Phase = {
  UNDEFINED: 'UNDEFINED',
  QUEUED: 'QUEUED',
  RUNNING: 'RUNNING',
  SUCCEEDED: 'SUCCEEDED',
  ABORTED: 'ABORTED',
  FAILED: 'FAILED',
  INITIALIZING: 'INITIALIZING',
  WAITING_FOR_RESOURCES: 'WAITING_FOR_RESOURCES',
  RETRYABLE_FAILED: 'RETRYABLE_FAILED',
} as const;

export type _flyteidl2_core_TaskExecution_Phase =
  | 'UNDEFINED'
  | 0
  | 'QUEUED'
  | 1
  | 'RUNNING'
  | 2
  | 'SUCCEEDED'
  | 3
  | 'ABORTED'
  | 4
  | 'FAILED'
  | 5
  | 'INITIALIZING'
  | 6
  | 'WAITING_FOR_RESOURCES'
  | 7
  | 'RETRYABLE_FAILED'
  | 8

export type _flyteidl2_core_TaskExecution_Phase__Output = typeof _flyteidl2_core_TaskExecution_Phase[keyof typeof _flyteidl2_core_TaskExecution_Phase]

export interface TaskExecution {
}

export interface TaskExecution__Output {
}
