// Original file: proto/flyteidl2/core/literals.proto

import type { Literal as _flyteidl2_core_Literal, Literal__Output as _flyteidl2_core_Literal__Output } from '../../flyteidl2/core/Literal.js';

export interface LiteralCollection {
  'literals'?: (_flyteidl2_core_Literal)[];
}

export interface LiteralCollection__Output {
  'literals': (_flyteidl2_core_Literal__Output)[];
}
