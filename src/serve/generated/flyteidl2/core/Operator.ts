// Original file: proto/flyteidl2/core/artifact_id.proto

export const Operator = {
  MINUS: 'MINUS',
  PLUS: 'PLUS',
} as const;

export type Operator =
  | 'MINUS'
  | 0
  | 'PLUS'
  | 1

export type Operator__Output = typeof Operator[keyof typeof Operator]
