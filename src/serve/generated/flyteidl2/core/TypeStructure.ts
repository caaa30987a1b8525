// Original file: proto/flyteidl2/core/types.proto

import type { LiteralType as _flyteidl2_core_LiteralType, LiteralType__Output as _flyteidl2_core_LiteralType__Output } from '../../flyteidl2/core/LiteralType.js';

export interface TypeStructure {
  'tag'?: (string);
  'dataclass_type'?: ({[key: string]: _flyteidl2_core_LiteralType});
}

export interface TypeStructure__Output {
  'tag': (string);
  'dataclass_type': ({[key: string]: _flyteidl2_core_LiteralType__Output});
}
