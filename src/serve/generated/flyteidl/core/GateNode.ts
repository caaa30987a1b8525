// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/workflow.proto

import type { ApproveCondition as _flyteidl_core_ApproveCondition, ApproveCondition__Output as _flyteidl_core_ApproveCondition__Output } from '../../flyteidl/core/ApproveCondition.js';
import type { SignalCondition as _flyteidl_core_SignalCondition, SignalCondition__Output as _flyteidl_core_SignalCondition__Output } from '../../flyteidl/core/SignalCondition.js';
import type { SleepCondition as _flyteidl_core_SleepCondition, SleepCondition__Output as _flyteidl_core_SleepCondition__Output } from '../../flyteidl/core/SleepCondition.js';

export interface GateNode {
  'approve'?: (_flyteidl_core_ApproveCondition | null);
  'signal'?: (_flyteidl_core_SignalCondition | null);
  'sleep'?: (_flyteidl_core_SleepCondition | null);
  'condition'?: "approve"|"signal"|"sleep";
}

export interface GateNode__Output {
  'approve'?: (_flyteidl_core_ApproveCondition__Output | null);
  'signal'?: (_flyteidl_core_SignalCondition__Output | null);
  'sleep'?: (_flyteidl_core_SleepCondition__Output | null);
  'condition'?: "approve"|"signal"|"sleep";
}
