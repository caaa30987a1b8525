// Original file: proto/flyteidl2/core/types.proto

import type { LiteralType as _flyteidl2_core_LiteralType, LiteralType__Output as _flyteidl2_core_LiteralType__Output } from '../../flyteidl2/core/LiteralType.js';

export interface UnionType {
  'variants'?: (_flyteidl2_core_LiteralType)[];
}

export interface UnionType__Output {
  'variants': (_flyteidl2_core_LiteralType__Output)[];
}
