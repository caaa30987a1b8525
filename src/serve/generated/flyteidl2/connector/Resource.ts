// Original file: proto/flyteidl2/connector/connector.proto

import type { Outputs as _flyteidl2_task_Outputs, Outputs__Output as _flyteidl2_task_Outputs__Output } from '../../flyteidl2/task/Outputs.js';
import type { TaskLog as _flyteidl2_core_TaskLog, TaskLog__Output as _flyteidl2_core_TaskLog__Output } from '../../flyteidl2/core/TaskLog.js';
import type { _flyteidl2_core_TaskExecution_Phase, _flyteidl2_core_TaskExecution_Phase__Output } from '../../flyteidl2/core/TaskExecution.js';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.js';

export interface Resource {
  'outputs'?: (_flyteidl2_task_Outputs | null);
  'message'?: (string);
  'log_links'?: (_flyteidl2_core_TaskLog)[];
  'phase'?: (_flyteidl2_core_TaskExecution_Phase);
  'custom_info'?: (_google_protobuf_Struct | null);
}

export interface Resource__Output {
  'outputs': (_flyteidl2_task_Outputs__Output | null);
  'message': (string);
  'log_links': (_flyteidl2_core_TaskLog__Output)[];
  'phase': (_flyteidl2_core_TaskExecution_Phase__Output);
  'custom_info': (_google_protobuf_Struct__Output | null);
}
