// Original file: proto/flyteidl2/core/literals.proto

import type { BlobMetadata as _flyteidl2_core_BlobMetadata, BlobMetadata__Output as _flyteidl2_core_BlobMetadata__Output } from '../../flyteidl2/core/BlobMetadata.js';

export interface Blob {
  'metadata'?: (_flyteidl2_core_BlobMetadata | null);
  'uri'?: (string);
}

export interface Blob__Output {
  'metadata': (_flyteidl2_core_BlobMetadata__Output | null);
  'uri': (string);
}
