// Original file: proto/flyteidl2/core/artifact_id.proto

export const Granularity = {
  UNSET: 'UNSET',
  MINUTE: 'MINUTE',
  HOUR: 'HOUR',
  DAY: 'DAY',
  MONTH: 'MONTH',
} as const;

export type Granularity =
  | 'UNSET'
  | 0
  | 'MINUTE'
  | 1
  | 'HOUR'
  | 2
  | 'DAY'
  | 3
  | 'MONTH'
  | 4

export type Granularity__Output = typeof Granularity[keyof typeof Granularity]
