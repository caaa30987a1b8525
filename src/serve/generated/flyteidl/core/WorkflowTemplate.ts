// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/workflow.proto

import type { Identifier as _flyteidl_core_Identifier, Identifier__Output as _flyteidl_core_Identifier__Output } from '../../flyteidl/core/Identifier.js';
import type { WorkflowMetadata as _flyteidl_core_WorkflowMetadata, WorkflowMetadata__Output as _flyteidl_core_WorkflowMetadata__Output } from '../../flyteidl/core/WorkflowMetadata.js';
import type { TypedInterface as _flyteidl_core_TypedInterface, TypedInterface__Output as _flyteidl_core_TypedInterface__Output } from '../../flyteidl/core/TypedInterface.js';
import type { Node as _flyteidl_core_Node, Node__Output as _flyteidl_core_Node__Output } from '../../flyteidl/core/Node.js';
import type { Binding as _flyteidl_core_Binding, Binding__Output as _flyteidl_core_Binding__Output } from '../../flyteidl/core/Binding.js';
import type { WorkflowMetadataDefaults as _flyteidl_core_WorkflowMetadataDefaults, WorkflowMetadataDefaults__Output as _flyteidl_core_WorkflowMetadataDefaults__Output } from '../../flyteidl/core/WorkflowMetadataDefaults.js';

export interface WorkflowTemplate {
  'id'?: (_flyteidl_core_Identifier | null);
  'metadata'?: (_flyteidl_core_WorkflowMetadata | null);
  'interface'?: (_flyteidl_core_TypedInterface | null);
  'nodes'?: (_flyteidl_core_Node)[];
  'outputs'?: (_flyteidl_core_Binding)[];
  'failure_node'?: (_flyteidl_core_Node | null);
  'metadata_defaults'?: (_flyteidl_core_WorkflowMetadataDefaults | null);
}

export interface WorkflowTemplate__Output {
  'id': (_flyteidl_core_Identifier__Output | null);
  'metadata': (_flyteidl_core_WorkflowMetadata__Output | null);
  'interface': (_flyteidl_core_TypedInterface__Output | null);
  'nodes': (_flyteidl_core_Node__Output)[];
  'outputs': (_flyteidl_core_Binding__Output)[];
  'failure_node': (_flyteidl_core_Node__Output | null);
  'metadata_defaults': (_flyteidl_core_WorkflowMetadataDefaults__Output | null);
}
