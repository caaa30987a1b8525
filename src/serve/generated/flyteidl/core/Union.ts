// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/literals.proto

import type { Literal as _flyteidl_core_Literal, Literal__Output as _flyteidl_core_Literal__Output } from '../../flyteidl/core/Literal.js';
import type { LiteralType as _flyteidl_core_LiteralType, LiteralType__Output as _flyteidl_core_LiteralType__Output } from '../../flyteidl/core/LiteralType.js';

export interface Union {
  'value'?: (_flyteidl_core_Literal | null);
  'type'?: (_flyteidl_core_LiteralType | null);
}

export interface Union__Output {
  'value': (_flyteidl_core_Literal__Output | null);
  'type': (_flyteidl_core_LiteralType__Output | null);
}
