// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/condition.proto

import type { Operand as _flyteidl_core_Operand, Operand__Output as _flyteidl_core_Operand__Output } from '../../flyteidl/core/Operand.js';

// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/condition.proto

export const _flyteidl_core_ComparisonExpression_Operator = {
  EQ: 'EQ',
  NEQ: 'NEQ',
  GT: 'GT',
  GTE: 'GTE',
  LT: 'LT',
  LTE: 'LTE',
} as const;

export type _flyteidl_core_ComparisonExpression_Operator =
  | 'EQ'
  | 0
  | 'NEQ'
  | 1
  | 'GT'
  | 2
  | 'GTE'
  | 3
  | 'LT'
  | 4
  | 'LTE'
  | 5

export type _flyteidl_core_ComparisonExpression_Operator__Output = typeof _flyteidl_core_ComparisonExpression_Operator[keyof typeof _flyteidl_core_ComparisonExpression_Operator]

export interface ComparisonExpression {
  'operator'?: (_flyteidl_core_ComparisonExpression_Operator);
  'left_value'?: (_flyteidl_core_Operand | null);
  'right_value'?: (_flyteidl_core_Operand | null);
}

export interface ComparisonExpression__Output {
  'operator': (_flyteidl_core_ComparisonExpression_Operator__Output);
  'left_value': (_flyteidl_core_Operand__Output | null);
  'right_value': (_flyteidl_core_Operand__Output | null);
}
