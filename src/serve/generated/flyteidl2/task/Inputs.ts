// Original file: proto/flyteidl2/task/common.proto

import type { NamedLiteral as _flyteidl2_task_NamedLiteral, NamedLiteral__Output as _flyteidl2_task_NamedLiteral__Output } from '../../flyteidl2/task/NamedLiteral.js';
import type { KeyValuePair as _flyteidl2_core_KeyValuePair, KeyValuePair__Output as _flyteidl2_core_KeyValuePair__Output } from '../../flyteidl2/core/KeyValuePair.js';

export interface Inputs {
  'literals'?: (_flyteidl2_task_NamedLiteral)[];
  'context'?: (_flyteidl2_core_KeyValuePair)[];
}

export interface Inputs__Output {
  'literals': (_flyteidl2_task_NamedLiteral__Output)[];
  'context': (_flyteidl2_core_KeyValuePair__Output)[];
}
