// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/types.proto

import type { LiteralType as _flyteidl_core_LiteralType, LiteralType__Output as _flyteidl_core_LiteralType__Output } from '../../flyteidl/core/LiteralType.js';

export interface TypeStructure {
  'tag'?: (string);
  'dataclass_type'?: ({[key: string]: _flyteidl_core_LiteralType});
}

export interface TypeStructure__Output {
  'tag': (string);
  'dataclass_type': ({[key: string]: _flyteidl_core_LiteralType__Output});
}
