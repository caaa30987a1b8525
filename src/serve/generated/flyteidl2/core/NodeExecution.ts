// Original file: proto/flyteidl2/core/execution.proto


// Original file: proto/flyteidl2/core/execution.proto

export const _flyteidl2_core_NodeExecution_Phase = {
  UNDEFINED: 'UNDEFINED',
  QUEUED: 'QUEUED',
  RUNNING: 'RUNNING',
  SUCCEEDED: 'SUCCEEDED',
  FAILING: 'FAILING',
  FAILED: 'FAILED',
  ABORTED: 'ABORTED',
  SKIPPED: 'SKIPPED',
  TIMED_OUT: 'TIMED_OUT',
  DYNAMIC_RUNNING: 'DYNAMIC_RUNNING',
  RECOVERED: 'RECOVERED',
} as const;

export type _flyteidl2_core_NodeExecution_Phase =
  | 'UNDEFINED'
  | 0
  | 'QUEUED'
  | 1
  | 'RUNNING'
  | 2
  | 'SUCCEEDED'
  | 3
  | 'FAILING'
  | 4
  | 'FAILED'
  | 5
  | 'ABORTED'
  | 6
  | 'SKIPPED'
  | 7
  | 'TIMED_OUT'
  | 8
  | 'DYNAMIC_RUNNING'
  | 9
  | 'RECOVERED'
  | 10

export type _flyteidl2_core_NodeExecution_Phase__Output = typeof _flyteidl2_core_NodeExecution_Phase[keyof typeof _flyteidl2_core_NodeExecution_Phase]

export interface NodeExecution {
}

export interface NodeExecution__Output {
}
