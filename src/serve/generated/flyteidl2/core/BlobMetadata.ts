// Original file: proto/flyteidl2/core/literals.proto

import type { BlobType as _flyteidl2_core_BlobType, BlobType__Output as _flyteidl2_core_BlobType__Output } from '../../flyteidl2/core/BlobType.js';

export interface BlobMetadata {
  'type'?: (_flyteidl2_core_BlobType | null);
}

export interface BlobMetadata__Output {
  'type': (_flyteidl2_core_BlobType__Output | null);
}
