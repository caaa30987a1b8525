// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/literals.proto

import type { BlobType as _flyteidl_core_BlobType, BlobType__Output as _flyteidl_core_BlobType__Output } from '../../flyteidl/core/BlobType.js';

export interface BlobMetadata {
  'type'?: (_flyteidl_core_BlobType | null);
}

export interface BlobMetadata__Output {
  'type': (_flyteidl_core_BlobType__Output | null);
}
