// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/condition.proto

import type { BooleanExpression as _flyteidl_core_BooleanExpression, BooleanExpression__Output as _flyteidl_core_BooleanExpression__Output } from '../../flyteidl/core/BooleanExpression.js';

// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/condition.proto

export const _flyteidl_core_ConjunctionExpression_LogicalOperator = {
  AND: 'AND',
  OR: 'OR',
} as const;

export type _flyteidl_core_ConjunctionExpression_LogicalOperator =
  | 'AND'
  | 0
  | 'OR'
  | 1

export type _flyteidl_core_ConjunctionExpression_LogicalOperator__Output = typeof _flyteidl_core_ConjunctionExpression_LogicalOperator[keyof typeof _flyteidl_core_ConjunctionExpression_LogicalOperator]

export interface ConjunctionExpression {
  'operator'?: (_flyteidl_core_ConjunctionExpression_LogicalOperator);
  'left_expression'?: (_flyteidl_core_BooleanExpression | null);
  'right_expression'?: (_flyteidl_core_BooleanExpression | null);
}

export interface ConjunctionExpression__Output {
  'operator': (_flyteidl_core_ConjunctionExpression_LogicalOperator__Output);
  'left_expression': (_flyteidl_core_BooleanExpression__Output | null);
  'right_expression': (_flyteidl_core_BooleanExpression__Output | null);
}
