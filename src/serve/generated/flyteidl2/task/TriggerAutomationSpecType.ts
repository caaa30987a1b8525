// Original file: proto/flyteidl2/task/common.proto

export const TriggerAutomationSpecType = {
  TYPE_UNSPECIFIED: 'TYPE_UNSPECIFIED',
  TYPE_NONE: 'TYPE_NONE',
  TYPE_SCHEDULE: 'TYPE_SCHEDULE',
} as const;

export type TriggerAutomationSpecType =
  | 'TYPE_UNSPECIFIED'
  | 0
  | 'TYPE_NONE'
  | 1
  | 'TYPE_SCHEDULE'
  | 2

export type TriggerAutomationSpecType__Output = typeof TriggerAutomationSpecType[keyof typeof TriggerAutomationSpecType]
