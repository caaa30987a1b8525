// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto

import type { State as _flyteidl_admin_State, State__Output as _flyteidl_admin_State__Output } from '../../flyteidl/admin/State.js';
import type { LiteralMap as _flyteidl_core_LiteralMap, LiteralMap__Output as _flyteidl_core_LiteralMap__Output } from '../../flyteidl/core/LiteralMap.js';
import type { TaskLog as _flyteidl_core_TaskLog, TaskLog__Output as _flyteidl_core_TaskLog__Output } from '../../flyteidl/core/TaskLog.js';
import type { _flyteidl_core_TaskExecution_Phase, _flyteidl_core_TaskExecution_Phase__Output } from '../../flyteidl/core/TaskExecution.js';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.js';
import type { AgentError as _flyteidl_admin_AgentError, AgentError__Output as _flyteidl_admin_AgentError__Output } from '../../flyteidl/admin/AgentError.js';

export interface Resource {
  'state'?: (_flyteidl_admin_State);
  'outputs'?: (_flyteidl_core_LiteralMap | null);
  'message'?: (string);
  'log_links'?: (_flyteidl_core_TaskLog)[];
  'phase'?: (_flyteidl_core_TaskExecution_Phase);
  'custom_info'?: (_google_protobuf_Struct | null);
  'agent_error'?: (_flyteidl_admin_AgentError | null);
}

export interface Resource__Output {
  'state': (_flyteidl_admin_State__Output);
  'outputs': (_flyteidl_core_LiteralMap__Output | null);
  'message': (string);
  'log_links': (_flyteidl_core_TaskLog__Output)[];
  'phase': (_flyteidl_core_TaskExecution_Phase__Output);
  'custom_info': (_google_protobuf_Struct__Output | null);
  'agent_error': (_flyteidl_admin_AgentError__Output | null);
}
