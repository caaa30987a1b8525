// Original file: proto/flyteidl2/task/common.proto

import type { TriggerAutomationSpecType as _flyteidl2_task_TriggerAutomationSpecType, TriggerAutomationSpecType__Output as _flyteidl2_task_TriggerAutomationSpecType__Output } from '../../flyteidl2/task/TriggerAutomationSpecType.js';
import type { Schedule as _flyteidl2_task_Schedule, Schedule__Output as _flyteidl2_task_Schedule__Output } from '../../flyteidl2/task/Schedule.js';

export interface TriggerAutomationSpec {
  'type'?: (_flyteidl2_task_TriggerAutomationSpecType);
  'schedule'?: (_flyteidl2_task_Schedule | null);
  'automation'?: "schedule";
}

export interface TriggerAutomationSpec__Output {
  'type': (_flyteidl2_task_TriggerAutomationSpecType__Output);
  'schedule'?: (_flyteidl2_task_Schedule__Output | null);
  'automation'?: "schedule";
}
