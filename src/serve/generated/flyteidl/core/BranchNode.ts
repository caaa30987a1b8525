// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/workflow.proto

import type { IfElseBlock as _flyteidl_core_IfElseBlock, IfElseBlock__Output as _flyteidl_core_IfElseBlock__Output } from '../../flyteidl/core/IfElseBlock.js';

export interface BranchNode {
  'if_else'?: (_flyteidl_core_IfElseBlock | null);
}

export interface BranchNode__Output {
  'if_else': (_flyteidl_core_IfElseBlock__Output | null);
}
