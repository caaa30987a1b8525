// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto

import type { ExecutionMetricResult as _flyteidl_core_ExecutionMetricResult, ExecutionMetricResult__Output as _flyteidl_core_ExecutionMetricResult__Output } from '../../flyteidl/core/ExecutionMetricResult.js';

export interface GetTaskMetricsResponse {
  'results'?: (_flyteidl_core_ExecutionMetricResult)[];
}

export interface GetTaskMetricsResponse__Output {
  'results': (_flyteidl_core_ExecutionMetricResult__Output)[];
}
