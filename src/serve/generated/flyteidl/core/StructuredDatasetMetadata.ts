// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/literals.proto

import type { StructuredDatasetType as _flyteidl_core_StructuredDatasetType, StructuredDatasetType__Output as _flyteidl_core_StructuredDatasetType__Output } from '../../flyteidl/core/StructuredDatasetType.js';

export interface StructuredDatasetMetadata {
  'structured_dataset_type'?: (_flyteidl_core_StructuredDatasetType | null);
}

export interface StructuredDatasetMetadata__Output {
  'structured_dataset_type': (_flyteidl_core_StructuredDatasetType__Output | null);
}
