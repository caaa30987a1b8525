// Original file: proto/flyteidl2/task/common.proto

export const FixedRateUnit = {
  FIXED_RATE_UNIT_UNSPECIFIED: 'FIXED_RATE_UNIT_UNSPECIFIED',
  FIXED_RATE_UNIT_MINUTE: 'FIXED_RATE_UNIT_MINUTE',
  FIXED_RATE_UNIT_HOUR: 'FIXED_RATE_UNIT_HOUR',
  FIXED_RATE_UNIT_DAY: 'FIXED_RATE_UNIT_DAY',
} as const;

export type FixedRateUnit =
  | 'FIXED_RATE_UNIT_UNSPECIFIED'
  | 0
  | 'FIXED_RATE_UNIT_MINUTE'
  | 1
  | 'FIXED_RATE_UNIT_HOUR'
  | 2
  | 'FIXED_RATE_UNIT_DAY'
  | 3

export type FixedRateUnit__Output = typeof FixedRateUnit[keyof typeof FixedRateUnit]
