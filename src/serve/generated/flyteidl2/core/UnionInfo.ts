// Original file: proto/flyteidl2/core/literals.proto

import type { LiteralType as _flyteidl2_core_LiteralType, LiteralType__Output as _flyteidl2_core_LiteralType__Output } from '../../flyteidl2/core/LiteralType.js';

export interface UnionInfo {
  'targetType'?: (_flyteidl2_core_LiteralType | null);
}

export interface UnionInfo__Output {
  'targetType': (_flyteidl2_core_LiteralType__Output | null);
}
