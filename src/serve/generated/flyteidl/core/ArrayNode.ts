// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/workflow.proto

import type { Node as _flyteidl_core_Node, Node__Output as _flyteidl_core_Node__Output } from '../../flyteidl/core/Node.js';
import type { BoolValue as _google_protobuf_BoolValue, BoolValue__Output as _google_protobuf_BoolValue__Output } from '../../google/protobuf/BoolValue.js';

// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/workflow.proto

export const _flyteidl_core_ArrayNode_DataMode = {
  SINGLE_INPUT_FILE: 'SINGLE_INPUT_FILE',
  INDIVIDUAL_INPUT_FILES: 'INDIVIDUAL_INPUT_FILES',
} as const;

export type _flyteidl_core_ArrayNode_DataMode =
  | 'SINGLE_INPUT_FILE'
  | 0
  | 'INDIVIDUAL_INPUT_FILES'
  | 1

export type _flyteidl_core_ArrayNode_DataMode__Output = typeof _flyteidl_core_ArrayNode_DataMode[keyof typeof _flyteidl_core_ArrayNode_DataMode]

// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/workflow.proto

export const _flyteidl_core_ArrayNode_ExecutionMode = {
  MINIMAL_STATE: 'MINIMAL_STATE',
  FULL_STATE: 'FULL_STATE',
} as const;

export type _flyteidl_core_ArrayNode_ExecutionMode =
  | 'MINIMAL_STATE'
  | 0
  | 'FULL_STATE'
  | 1

export type _flyteidl_core_ArrayNode_ExecutionMode__Output = typeof _flyteidl_core_ArrayNode_ExecutionMode[keyof typeof _flyteidl_core_ArrayNode_ExecutionMode]

export interface ArrayNode {
  'node'?: (_flyteidl_core_Node | null);
  'parallelism'?: (number);
  'min_successes'?: (number);
  'min_success_ratio'?: (number | string);
  'execution_mode'?: (_flyteidl_core_ArrayNode_ExecutionMode);
  'is_original_sub_node_interface'?: (_google_protobuf_BoolValue | null);
  'data_mode'?: (_flyteidl_core_ArrayNode_DataMode);
  'bound_inputs'?: (string)[];
  'run_all_sub_nodes'?: (boolean);
  'parallelism_option'?: "parallelism";
  'success_criteria'?: "min_successes"|"min_success_ratio";
}

export interface ArrayNode__Output {
  'node': (_flyteidl_core_Node__Output | null);
  'parallelism'?: (number);
  'min_successes'?: (number);
  'min_success_ratio'?: (number);
  'execution_mode': (_flyteidl_core_ArrayNode_ExecutionMode__Output);
  'is_original_sub_node_interface': (_google_protobuf_BoolValue__Output | null);
  'data_mode': (_flyteidl_core_ArrayNode_DataMode__Output);
  'bound_inputs': (string)[];
  'run_all_sub_nodes': (boolean);
  'parallelism_option'?: "parallelism";
  'success_criteria'?: "min_successes"|"min_success_ratio";
}
