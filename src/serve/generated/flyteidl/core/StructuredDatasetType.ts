// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/types.proto

import type { LiteralType as _flyteidl_core_LiteralType, LiteralType__Output as _flyteidl_core_LiteralType__Output } from '../../flyteidl/core/LiteralType.js';

export interface _flyteidl_core_StructuredDatasetType_DatasetColumn {
  'name'?: (string);
  'literal_type'?: (_flyteidl_core_LiteralType | null);
}

export interface _flyteidl_core_StructuredDatasetType_DatasetColumn__Output {
  'name': (string);
  'literal_type': (_flyteidl_core_LiteralType__Output | null);
}

export interface StructuredDatasetType {
  'columns'?: (_flyteidl_core_StructuredDatasetType_DatasetColumn)[];
  'format'?: (string);
  'external_schema_type'?: (string);
  'external_schema_bytes'?: (Buffer | Uint8Array | string);
}

export interface StructuredDatasetType__Output {
  'columns': (_flyteidl_core_StructuredDatasetType_DatasetColumn__Output)[];
  'format': (string);
  'external_schema_type': (string);
  'external_schema_bytes': (Buffer);
}
