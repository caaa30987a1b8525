// Original file: proto/flyteidl2/core/types.proto

import type { LiteralType as _flyteidl2_core_LiteralType, LiteralType__Output as _flyteidl2_core_LiteralType__Output } from '../../flyteidl2/core/LiteralType.js';

export interface _flyteidl2_core_StructuredDatasetType_DatasetColumn {
  'name'?: (string);
  'literal_type'?: (_flyteidl2_core_LiteralType | null);
}

export interface _flyteidl2_core_StructuredDatasetType_DatasetColumn__Output {
  'name': (string);
  'literal_type': (_flyteidl2_core_LiteralType__Output | null);
}

export interface StructuredDatasetType {
  'columns'?: (_flyteidl2_core_StructuredDatasetType_DatasetColumn)[];
  'format'?: (string);
  'external_schema_type'?: (string);
  'external_schema_bytes'?: (Buffer | Uint8Array | string);
}

export interface StructuredDatasetType__Output {
  'columns': (_flyteidl2_core_StructuredDatasetType_DatasetColumn__Output)[];
  'format': (string);
  'external_schema_type': (string);
  'external_schema_bytes': (Buffer);
}
