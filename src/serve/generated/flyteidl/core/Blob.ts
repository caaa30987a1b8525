// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/literals.proto

import type { BlobMetadata as _flyteidl_core_BlobMetadata, BlobMetadata__Output as _flyteidl_core_BlobMetadata__Output } from '../../flyteidl/core/BlobMetadata.js';

export interface Blob {
  'metadata'?: (_flyteidl_core_BlobMetadata | null);
  'uri'?: (string);
}

export interface Blob__Output {
  'metadata': (_flyteidl_core_BlobMetadata__Output | null);
  'uri': (string);
}
