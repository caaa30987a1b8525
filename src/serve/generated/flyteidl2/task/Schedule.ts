// Original file: proto/flyteidl2/task/common.proto

import type { FixedRate as _flyteidl2_task_FixedRate, FixedRate__Output as _flyteidl2_task_FixedRate__Output } from '../../flyteidl2/task/FixedRate.js';
import type { Cron as _flyteidl2_task_Cron, Cron__Output as _flyteidl2_task_Cron__Output } from '../../flyteidl2/task/Cron.js';

export interface Schedule {
  'rate'?: (_flyteidl2_task_FixedRate | null);
  'cron_expression'?: (string);
  'kickoff_time_input_arg'?: (string);
  'cron'?: (_flyteidl2_task_Cron | null);
  'expression'?: "rate"|"cron_expression"|"cron";
}

export interface Schedule__Output {
  'rate'?: (_flyteidl2_task_FixedRate__Output | null);
  'cron_expression'?: (string);
  'kickoff_time_input_arg': (string);
  'cron'?: (_flyteidl2_task_Cron__Output | null);
  'expression'?: "rate"|"cron_expression"|"cron";
}
