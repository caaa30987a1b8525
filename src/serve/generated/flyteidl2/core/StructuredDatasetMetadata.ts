// Original file: proto/flyteidl2/core/literals.proto

import type { StructuredDatasetType as _flyteidl2_core_StructuredDatasetType, StructuredDatasetType__Output as _flyteidl2_core_StructuredDatasetType__Output } from '../../flyteidl2/core/StructuredDatasetType.js';

export interface StructuredDatasetMetadata {
  'structured_dataset_type'?: (_flyteidl2_core_StructuredDatasetType | null);
}

export interface StructuredDatasetMetadata__Output {
  'structured_dataset_type': (_flyteidl2_core_StructuredDatasetType__Output | null);
}
