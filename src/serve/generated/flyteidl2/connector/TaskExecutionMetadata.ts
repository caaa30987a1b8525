// Original file: proto/flyteidl2/connector/connector.proto

import type { TaskExecutionIdentifier as _flyteidl2_core_TaskExecutionIdentifier, TaskExecutionIdentifier__Output as _flyteidl2_core_TaskExecutionIdentifier__Output } from '../../flyteidl2/core/TaskExecutionIdentifier.js';
import type { Identity as _flyteidl2_core_Identity, Identity__Output as _flyteidl2_core_Identity__Output } from '../../flyteidl2/core/Identity.js';

export interface TaskExecutionMetadata {
  'task_execution_id'?: (_flyteidl2_core_TaskExecutionIdentifier | null);
  'namespace'?: (string);
  'labels'?: ({[key: string]: string});
  'annotations'?: ({[key: string]: string});
  'k8s_service_account'?: (string);
  'environment_variables'?: ({[key: string]: string});
  'max_attempts'?: (number);
  'interruptible'?: (boolean);
  'interruptible_failure_threshold'?: (number);
  'identity'?: (_flyteidl2_core_Identity | null);
}

export interface TaskExecutionMetadata__Output {
  'task_execution_id': (_flyteidl2_core_TaskExecutionIdentifier__Output | null);
  'namespace': (string);
  'labels': ({[key: string]: string});
  'annotations': ({[key: string]: string});
  'k8s_service_account': (string);
  'environment_variables': ({[key: string]: string});
  'max_attempts': (number);
  'interruptible': (boolean);
  'interruptible_failure_threshold': (number);
  'identity': (_flyteidl2_core_Identity__Output | null);
}
