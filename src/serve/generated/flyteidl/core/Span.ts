// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/metrics.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';
import type { WorkflowExecutionIdentifier as _flyteidl_core_WorkflowExecutionIdentifier, WorkflowExecutionIdentifier__Output as _flyteidl_core_WorkflowExecutionIdentifier__Output } from '../../flyteidl/core/WorkflowExecutionIdentifier.js';
import type { NodeExecutionIdentifier as _flyteidl_core_NodeExecutionIdentifier, NodeExecutionIdentifier__Output as _flyteidl_core_NodeExecutionIdentifier__Output } from '../../flyteidl/core/NodeExecutionIdentifier.js';
import type { TaskExecutionIdentifier as _flyteidl_core_TaskExecutionIdentifier, TaskExecutionIdentifier__Output as _flyteidl_core_TaskExecutionIdentifier__Output } from '../../flyteidl/core/TaskExecutionIdentifier.js';
import type { Span as _flyteidl_core_Span, Span__Output as _flyteidl_core_Span__Output } from '../../flyteidl/core/Span.js';

export interface Span {
  'start_time'?: (_google_protobuf_Timestamp | null);
  'end_time'?: (_google_protobuf_Timestamp | null);
  'workflow_id'?: (_flyteidl_core_WorkflowExecutionIdentifier | null);
  'node_id'?: (_flyteidl_core_NodeExecutionIdentifier | null);
  'task_id'?: (_flyteidl_core_TaskExecutionIdentifier | null);
  'operation_id'?: (string);
  'spans'?: (_flyteidl_core_Span)[];
  'id'?: "workflow_id"|"node_id"|"task_id"|"operation_id";
}

export interface Span__Output {
  'start_time': (_google_protobuf_Timestamp__Output | null);
  'end_time': (_google_protobuf_Timestamp__Output | null);
  'workflow_id'?: (_flyteidl_core_WorkflowExecutionIdentifier__Output | null);
  'node_id'?: (_flyteidl_core_NodeExecutionIdentifier__Output | null);
  'task_id'?: (_flyteidl_core_TaskExecutionIdentifier__Output | null);
  'operation_id'?: (string);
  'spans': (_flyteidl_core_Span__Output)[];
  'id'?: "workflow_id"|"node_id"|"task_id"|"operation_id";
}
