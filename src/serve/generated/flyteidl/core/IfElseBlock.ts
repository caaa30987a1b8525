// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/workflow.proto

import type { IfBlock as _flyteidl_core_IfBlock, IfBlock__Output as _flyteidl_core_IfBlock__Output } from '../../flyteidl/core/IfBlock.js';
import type { Node as _flyteidl_core_Node, Node__Output as _flyteidl_core_Node__Output } from '../../flyteidl/core/Node.js';
import type { Error as _flyteidl_core_Error, Error__Output as _flyteidl_core_Error__Output } from '../../flyteidl/core/Error.js';

export interface IfElseBlock {
  'case'?: (_flyteidl_core_IfBlock | null);
  'other'?: (_flyteidl_core_IfBlock)[];
  'else_node'?: (_flyteidl_core_Node | null);
  'error'?: (_flyteidl_core_Error | null);
  'default'?: "else_node"|"error";
}

export interface IfElseBlock__Output {
  'case': (_flyteidl_core_IfBlock__Output | null);
  'other': (_flyteidl_core_IfBlock__Output)[];
  'else_node'?: (_flyteidl_core_Node__Output | null);
  'error'?: (_flyteidl_core_Error__Output | null);
  'default'?: "else_node"|"error";
}
