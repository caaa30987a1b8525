// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/literals.proto

import type { LiteralType as _flyteidl_core_LiteralType, LiteralType__Output as _flyteidl_core_LiteralType__Output } from '../../flyteidl/core/LiteralType.js';
import type { Long } from '@grpc/proto-loader';

export interface LiteralOffloadedMetadata {
  'uri'?: (string);
  'size_bytes'?: (number | string | Long);
  'inferred_type'?: (_flyteidl_core_LiteralType | null);
}

export interface LiteralOffloadedMetadata__Output {
  'uri': (string);
  'size_bytes': (string);
  'inferred_type': (_flyteidl_core_LiteralType__Output | null);
}
