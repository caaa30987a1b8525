// Original file: proto/flyteidl2/core/literals.proto

import type { Literal as _flyteidl2_core_Literal, Literal__Output as _flyteidl2_core_Literal__Output } from '../../flyteidl2/core/Literal.js';
import type { LiteralType as _flyteidl2_core_LiteralType, LiteralType__Output as _flyteidl2_core_LiteralType__Output } from '../../flyteidl2/core/LiteralType.js';

export interface Union {
  'value'?: (_flyteidl2_core_Literal | null);
  'type'?: (_flyteidl2_core_LiteralType | null);
}

export interface Union__Output {
  'value': (_flyteidl2_core_Literal__Output | null);
  'type': (_flyteidl2_core_LiteralType__Output | null);
}
