// Original file: proto/flyteidl2/core/literals.proto

import type { StructuredDatasetMetadata as _flyteidl2_core_StructuredDatasetMetadata, StructuredDatasetMetadata__Output as _flyteidl2_core_StructuredDatasetMetadata__Output } from '../../flyteidl2/core/StructuredDatasetMetadata.js';

export interface StructuredDataset {
  'uri'?: (string);
  'metadata'?: (_flyteidl2_core_StructuredDatasetMetadata | null);
}

export interface StructuredDataset__Output {
  'uri': (string);
  'metadata': (_flyteidl2_core_StructuredDatasetMetadata__Output | null);
}
