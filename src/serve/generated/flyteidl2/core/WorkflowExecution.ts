// Original file: proto/flyteidl2/core/execution.proto


// Original file: proto/flyteidl2/core/execution.proto

export const _flyteidl2_core_WorkflowExecution_Phase = {
  UNDEFINED: 'UNDEFINED',
  QUEUED: 'QUEUED',
  RUNNING: 'RUNNING',
  SUCCEEDING: 'SUCCEEDING',
  SUCCEEDED: 'SUCCEEDED',
  FAILING: 'FAILING',
  FAILED: 'FAILED',
  ABORTED: 'ABORTED',
  TIMED_OUT: 'TIMED_OUT',
  ABORTING: 'ABORTING',
} as const;

export type _flyteidl2_core_WorkflowExecution_Phase =
  | 'UNDEFINED'
  | 0
  | 'QUEUED'
  | 1
  | 'RUNNING'
  | 2
  | 'SUCCEEDING'
  | 3
  | 'SUCCEEDED'
  | 4
  | 'FAILING'
  | 5
  | 'FAILED'
  | 6
  | 'ABORTED'
  | 7
  | 'TIMED_OUT'
  | 8
  | 'ABORTING'
  | 9

export type _flyteidl2_core_WorkflowExecution_Phase__Output = typeof _flyteidl2_core_WorkflowExecution_Phase[keyof typeof _flyteidl2_core_WorkflowExecution_Phase]

export interface WorkflowExecution {
}

export interface WorkflowExecution__Output {
}
