// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/literals.proto

import type { StructuredDatasetMetadata as _flyteidl_core_StructuredDatasetMetadata, StructuredDatasetMetadata__Output as _flyteidl_core_StructuredDatasetMetadata__Output } from '../../flyteidl/core/StructuredDatasetMetadata.js';

export interface StructuredDataset {
  'uri'?: (string);
  'metadata'?: (_flyteidl_core_StructuredDatasetMetadata | null);
}

export interface StructuredDataset__Output {
  'uri': (string);
  'metadata': (_flyteidl_core_StructuredDatasetMetadata__Output | null);
}
