// Original file: proto/flyteidl2/task/common.proto

import type { Literal as _flyteidl2_core_Literal, Literal__Output as _flyteidl2_core_Literal__Output } from '../../flyteidl2/core/Literal.js';

export interface NamedLiteral {
  'name'?: (string);
  'value'?: (_flyteidl2_core_Literal | null);
}

export interface NamedLiteral__Output {
  'name': (string);
  'value': (_flyteidl2_core_Literal__Output | null);
}
