// Original file: proto/flyteidl2/core/identifier.proto

import type { WorkflowExecutionIdentifier as _flyteidl2_core_WorkflowExecutionIdentifier, WorkflowExecutionIdentifier__Output as _flyteidl2_core_WorkflowExecutionIdentifier__Output } from '../../flyteidl2/core/WorkflowExecutionIdentifier.js';

export interface NodeExecutionIdentifier {
  'node_id'?: (string);
  'execution_id'?: (_flyteidl2_core_WorkflowExecutionIdentifier | null);
}

export interface NodeExecutionIdentifier__Output {
  'node_id': (string);
  'execution_id': (_flyteidl2_core_WorkflowExecutionIdentifier__Output | null);
}
