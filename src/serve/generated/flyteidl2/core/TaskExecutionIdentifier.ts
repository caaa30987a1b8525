// Original file: proto/flyteidl2/core/identifier.proto

import type { Identifier as _flyteidl2_core_Identifier, Identifier__Output as _flyteidl2_core_Identifier__Output } from '../../flyteidl2/core/Identifier.js';
import type { NodeExecutionIdentifier as _flyteidl2_core_NodeExecutionIdentifier, NodeExecutionIdentifier__Output as _flyteidl2_core_NodeExecutionIdentifier__Output } from '../../flyteidl2/core/NodeExecutionIdentifier.js';

export interface TaskExecutionIdentifier {
  'task_id'?: (_flyteidl2_core_Identifier | null);
  'node_execution_id'?: (_flyteidl2_core_NodeExecutionIdentifier | null);
  'retry_attempt'?: (number);
}

export interface TaskExecutionIdentifier__Output {
  'task_id': (_flyteidl2_core_Identifier__Output | null);
  'node_execution_id': (_flyteidl2_core_NodeExecutionIdentifier__Output | null);
  'retry_attempt': (number);
}
