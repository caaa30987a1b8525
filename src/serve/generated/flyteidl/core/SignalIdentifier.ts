// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/identifier.proto

import type { WorkflowExecutionIdentifier as _flyteidl_core_WorkflowExecutionIdentifier, WorkflowExecutionIdentifier__Output as _flyteidl_core_WorkflowExecutionIdentifier__Output } from '../../flyteidl/core/WorkflowExecutionIdentifier.js';

export interface SignalIdentifier {
  'signal_id'?: (string);
  'execution_id'?: (_flyteidl_core_WorkflowExecutionIdentifier | null);
}

export interface SignalIdentifier__Output {
  'signal_id': (string);
  'execution_id': (_flyteidl_core_WorkflowExecutionIdentifier__Output | null);
}
