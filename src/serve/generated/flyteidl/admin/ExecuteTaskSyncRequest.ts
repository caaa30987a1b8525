// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto

import type { CreateRequestHeader as _flyteidl_admin_CreateRequestHeader, CreateRequestHeader__Output as _flyteidl_admin_CreateRequestHeader__Output } from '../../flyteidl/admin/CreateRequestHeader.js';
import type { LiteralMap as _flyteidl_core_LiteralMap, LiteralMap__Output as _flyteidl_core_LiteralMap__Output } from '../../flyteidl/core/LiteralMap.js';

export interface ExecuteTaskSyncRequest {
  'header'?: (_flyteidl_admin_CreateRequestHeader | null);
  'inputs'?: (_flyteidl_core_LiteralMap | null);
  'part'?: "header"|"inputs";
}

export interface ExecuteTaskSyncRequest__Output {
  'header'?: (_flyteidl_admin_CreateRequestHeader__Output | null);
  'inputs'?: (_flyteidl_core_LiteralMap__Output | null);
  'part'?: "header"|"inputs";
}
