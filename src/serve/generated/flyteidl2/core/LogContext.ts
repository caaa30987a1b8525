// Original file: proto/flyteidl2/core/execution.proto

import type { PodLogContext as _flyteidl2_core_PodLogContext, PodLogContext__Output as _flyteidl2_core_PodLogContext__Output } from '../../flyteidl2/core/PodLogContext.js';
import type { ConnectorLogContext as _flyteidl2_core_ConnectorLogContext, ConnectorLogContext__Output as _flyteidl2_core_ConnectorLogContext__Output } from '../../flyteidl2/core/ConnectorLogContext.js';

export interface LogContext {
  'pods'?: (_flyteidl2_core_PodLogContext)[];
  'primary_pod_name'?: (string);
  'connector'?: (_flyteidl2_core_ConnectorLogContext | null);
}

export interface LogContext__Output {
  'pods': (_flyteidl2_core_PodLogContext__Output)[];
  'primary_pod_name': (string);
  'connector': (_flyteidl2_core_ConnectorLogContext__Output | null);
}
