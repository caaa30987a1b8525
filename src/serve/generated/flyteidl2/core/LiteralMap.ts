// Original file: proto/flyteidl2/core/literals.proto

import type { Literal as _flyteidl2_core_Literal, Literal__Output as _flyteidl2_core_Literal__Output } from '../../flyteidl2/core/Literal.js';

export interface LiteralMap {
  'literals'?: ({[key: string]: _flyteidl2_core_Literal});
}

export interface LiteralMap__Output {
  'literals': ({[key: string]: _flyteidl2_core_Literal__Output});
}
