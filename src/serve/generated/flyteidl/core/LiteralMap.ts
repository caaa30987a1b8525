// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/literals.proto

import type { Literal as _flyteidl_core_Literal, Literal__Output as _flyteidl_core_Literal__Output } from '../../flyteidl/core/Literal.js';

export interface LiteralMap {
  'literals'?: ({[key: string]: _flyteidl_core_Literal});
}

export interface LiteralMap__Output {
  'literals': ({[key: string]: _flyteidl_core_Literal__Output});
}
