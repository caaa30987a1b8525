// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/workflow.proto

import type { NodeMetadata as _flyteidl_core_NodeMetadata, NodeMetadata__Output as _flyteidl_core_NodeMetadata__Output } from '../../flyteidl/core/NodeMetadata.js';
import type { Binding as _flyteidl_core_Binding, Binding__Output as _flyteidl_core_Binding__Output } from '../../flyteidl/core/Binding.js';
import type { Alias as _flyteidl_core_Alias, Alias__Output as _flyteidl_core_Alias__Output } from '../../flyteidl/core/Alias.js';
import type { TaskNode as _flyteidl_core_TaskNode, TaskNode__Output as _flyteidl_core_TaskNode__Output } from '../../flyteidl/core/TaskNode.js';
import type { WorkflowNode as _flyteidl_core_WorkflowNode, WorkflowNode__Output as _flyteidl_core_WorkflowNode__Output } from '../../flyteidl/core/WorkflowNode.js';
import type { BranchNode as _flyteidl_core_BranchNode, BranchNode__Output as _flyteidl_core_BranchNode__Output } from '../../flyteidl/core/BranchNode.js';
import type { GateNode as _flyteidl_core_GateNode, GateNode__Output as _flyteidl_core_GateNode__Output } from '../../flyteidl/core/GateNode.js';
import type { ArrayNode as _flyteidl_core_ArrayNode, ArrayNode__Output as _flyteidl_core_ArrayNode__Output } from '../../flyteidl/core/ArrayNode.js';

export interface Node {
  'id'?: (string);
  'metadata'?: (_flyteidl_core_NodeMetadata | null);
  'inputs'?: (_flyteidl_core_Binding)[];
  'upstream_node_ids'?: (string)[];
  'output_aliases'?: (_flyteidl_core_Alias)[];
  'task_node'?: (_flyteidl_core_TaskNode | null);
  'workflow_node'?: (_flyteidl_core_WorkflowNode | null);
  'branch_node'?: (_flyteidl_core_BranchNode | null);
  'gate_node'?: (_flyteidl_core_GateNode | null);
  'array_node'?: (_flyteidl_core_ArrayNode | null);
  'target'?: "task_node"|"workflow_node"|"branch_node"|"gate_node"|"array_node";
}

export interface Node__Output {
  'id': (string);
  'metadata': (_flyteidl_core_NodeMetadata__Output | null);
  'inputs': (_flyteidl_core_Binding__Output)[];
  'upstream_node_ids': (string)[];
  'output_aliases': (_flyteidl_core_Alias__Output)[];
  'task_node'?: (_flyteidl_core_TaskNode__Output | null);
  'workflow_node'?: (_flyteidl_core_WorkflowNode__Output | null);
  'branch_node'?: (_flyteidl_core_BranchNode__Output | null);
  'gate_node'?: (_flyteidl_core_GateNode__Output | null);
  'array_node'?: (_flyteidl_core_ArrayNode__Output | null);
  'target'?: "task_node"|"workflow_node"|"branch_node"|"gate_node"|"array_node";
}
