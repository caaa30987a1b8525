// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/execution.proto

import type { PodLogContext as _flyteidl_core_PodLogContext, PodLogContext__Output as _flyteidl_core_PodLogContext__Output } from '../../flyteidl/core/PodLogContext.js';

export interface LogContext {
  'pods'?: (_flyteidl_core_PodLogContext)[];
  'primary_pod_name'?: (string);
}

export interface LogContext__Output {
  'pods': (_flyteidl_core_PodLogContext__Output)[];
  'primary_pod_name': (string);
}
