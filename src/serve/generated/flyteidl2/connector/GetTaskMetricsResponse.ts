// Original file: proto/flyteidl2/connector/connector.proto

import type { ExecutionMetricResult as _flyteidl2_core_ExecutionMetricResult, ExecutionMetricResult__Output as _flyteidl2_core_ExecutionMetricResult__Output } from '../../flyteidl2/core/ExecutionMetricResult.js';

export interface GetTaskMetricsResponse {
  'results'?: (_flyteidl2_core_ExecutionMetricResult)[];
}

export interface GetTaskMetricsResponse__Output {
  'results': (_flyteidl2_core_ExecutionMetricResult__Output)[];
}
