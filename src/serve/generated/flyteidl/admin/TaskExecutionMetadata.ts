// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto

import type { TaskExecutionIdentifier as _flyteidl_core_TaskExecutionIdentifier, TaskExecutionIdentifier__Output as _flyteidl_core_TaskExecutionIdentifier__Output } from '../../flyteidl/core/TaskExecutionIdentifier.js';
import type { TaskNodeOverrides as _flyteidl_core_TaskNodeOverrides, TaskNodeOverrides__Output as _flyteidl_core_TaskNodeOverrides__Output } from '../../flyteidl/core/TaskNodeOverrides.js';
import type { Identity as _flyteidl_core_Identity, Identity__Output as _flyteidl_core_Identity__Output } from '../../flyteidl/core/Identity.js';

export interface TaskExecutionMetadata {
  'task_execution_id'?: (_flyteidl_core_TaskExecutionIdentifier | null);
  'namespace'?: (string);
  'labels'?: ({[key: string]: string});
  'annotations'?: ({[key: string]: string});
  'k8s_service_account'?: (string);
  'environment_variables'?: ({[key: string]: string});
  'max_attempts'?: (number);
  'interruptible'?: (boolean);
  'interruptible_failure_threshold'?: (number);
  'overrides'?: (_flyteidl_core_TaskNodeOverrides | null);
  'identity'?: (_flyteidl_core_Identity | null);
}

export interface TaskExecutionMetadata__Output {
  'task_execution_id': (_flyteidl_core_TaskExecutionIdentifier__Output | null);
  'namespace': (string);
  'labels': ({[key: string]: string});
  'annotations': ({[key: string]: string});
  'k8s_service_account': (string);
  'environment_variables': ({[key: string]: string});
  'max_attempts': (number);
  'interruptible': (boolean);
  'interruptible_failure_threshold': (number);
  'overrides': (_flyteidl_core_TaskNodeOverrides__Output | null);
  'identity': (_flyteidl_core_Identity__Output | null);
}
