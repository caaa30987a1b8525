// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/workflow.proto

import type { BooleanExpression as _flyteidl_core_BooleanExpression, BooleanExpression__Output as _flyteidl_core_BooleanExpression__Output } from '../../flyteidl/core/BooleanExpression.js';
import type { Node as _flyteidl_core_Node, Node__Output as _flyteidl_core_Node__Output } from '../../flyteidl/core/Node.js';

export interface IfBlock {
  'condition'?: (_flyteidl_core_BooleanExpression | null);
  'then_node'?: (_flyteidl_core_Node | null);
}

export interface IfBlock__Output {
  'condition': (_flyteidl_core_BooleanExpression__Output | null);
  'then_node': (_flyteidl_core_Node__Output | null);
}
