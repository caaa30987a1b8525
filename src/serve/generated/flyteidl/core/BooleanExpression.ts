// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/condition.proto

import type { ConjunctionExpression as _flyteidl_core_ConjunctionExpression, ConjunctionExpression__Output as _flyteidl_core_ConjunctionExpression__Output } from '../../flyteidl/core/ConjunctionExpression.js';
import type { ComparisonExpression as _flyteidl_core_ComparisonExpression, ComparisonExpression__Output as _flyteidl_core_ComparisonExpression__Output } from '../../flyteidl/core/ComparisonExpression.js';

export interface BooleanExpression {
  'conjunction'?: (_flyteidl_core_ConjunctionExpression | null);
  'comparison'?: (_flyteidl_core_ComparisonExpression | null);
  'expr'?: "conjunction"|"comparison";
}

export interface BooleanExpression__Output {
  'conjunction'?: (_flyteidl_core_ConjunctionExpression__Output | null);
  'comparison'?: (_flyteidl_core_ComparisonExpression__Output | null);
  'expr'?: "conjunction"|"comparison";
}
