// Original file: proto/flyteidl2/core/literals.proto

import type { LiteralType as _flyteidl2_core_LiteralType, LiteralType__Output as _flyteidl2_core_LiteralType__Output } from '../../flyteidl2/core/LiteralType.js';
import type { Long } from '@grpc/proto-loader';

export interface LiteralOffloadedMetadata {
  'uri'?: (string);
  'size_bytes'?: (number | string | Long);
  'inferred_type'?: (_flyteidl2_core_LiteralType | null);
}

export interface LiteralOffloadedMetadata__Output {
  'uri': (string);
  'size_bytes': (string);
  'inferred_type': (_flyteidl2_core_LiteralType__Output | null);
}
