// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/literals.proto

import type { LiteralType as _flyteidl_core_LiteralType, LiteralType__Output as _flyteidl_core_LiteralType__Output } from '../../flyteidl/core/LiteralType.js';

export interface UnionInfo {
  'targetType'?: (_flyteidl_core_LiteralType | null);
}

export interface UnionInfo__Output {
  'targetType': (_flyteidl_core_LiteralType__Output | null);
}
