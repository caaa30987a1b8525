// Original file: proto/flyteidl2/task/common.proto

import type { NamedLiteral as _flyteidl2_task_NamedLiteral, NamedLiteral__Output as _flyteidl2_task_NamedLiteral__Output } from '../../flyteidl2/task/NamedLiteral.js';

export interface Outputs {
  'literals'?: (_flyteidl2_task_NamedLiteral)[];
}

export interface Outputs__Output {
  'literals': (_flyteidl2_task_NamedLiteral__Output)[];
}
