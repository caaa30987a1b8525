// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto

import type { ExecuteTaskSyncResponseHeader as _flyteidl_admin_ExecuteTaskSyncResponseHeader, ExecuteTaskSyncResponseHeader__Output as _flyteidl_admin_ExecuteTaskSyncResponseHeader__Output } from '../../flyteidl/admin/ExecuteTaskSyncResponseHeader.js';
import type { LiteralMap as _flyteidl_core_LiteralMap, LiteralMap__Output as _flyteidl_core_LiteralMap__Output } from '../../flyteidl/core/LiteralMap.js';

export interface ExecuteTaskSyncResponse {
  'header'?: (_flyteidl_admin_ExecuteTaskSyncResponseHeader | null);
  'outputs'?: (_flyteidl_core_LiteralMap | null);
  'res'?: "header"|"outputs";
}

export interface ExecuteTaskSyncResponse__Output {
  'header'?: (_flyteidl_admin_ExecuteTaskSyncResponseHeader__Output | null);
  'outputs'?: (_flyteidl_core_LiteralMap__Output | null);
  'res'?: "header"|"outputs";
}
