// Original file: proto/flyteidl2/core/identifier.proto

export const ResourceType = {
  UNSPECIFIED: 'UNSPECIFIED',
  TASK: 'TASK',
  WORKFLOW: 'WORKFLOW',
  LAUNCH_PLAN: 'LAUNCH_PLAN',
  DATASET: 'DATASET',
} as const;

export type ResourceType =
  | 'UNSPECIFIED'
  | 0
  | 'TASK'
  | 1
  | 'WORKFLOW'
  | 2
  | 'LAUNCH_PLAN'
  | 3
  | 'DATASET'
  | 4

export type ResourceType__Output = typeof ResourceType[keyof typeof ResourceType]
