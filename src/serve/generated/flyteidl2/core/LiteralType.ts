// Original file: proto/flyteidl2/core/types.proto

import type { SimpleType as _flyteidl2_core_SimpleType, SimpleType__Output as _flyteidl2_core_SimpleType__Output } from '../../flyteidl2/core/SimpleType.js';
import type { SchemaType as _flyteidl2_core_SchemaType, SchemaType__Output as _flyteidl2_core_SchemaType__Output } from '../../flyteidl2/core/SchemaType.js';
import type { LiteralType as _flyteidl2_core_LiteralType, LiteralType__Output as _flyteidl2_core_LiteralType__Output } from '../../flyteidl2/core/LiteralType.js';
import type { BlobType as _flyteidl2_core_BlobType, BlobType__Output as _flyteidl2_core_BlobType__Output } from '../../flyteidl2/core/BlobType.js';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.js';
import type { EnumType as _flyteidl2_core_EnumType, EnumType__Output as _flyteidl2_core_EnumType__Output } from '../../flyteidl2/core/EnumType.js';
import type { StructuredDatasetType as _flyteidl2_core_StructuredDatasetType, StructuredDatasetType__Output as _flyteidl2_core_StructuredDatasetType__Output } from '../../flyteidl2/core/StructuredDatasetType.js';
import type { TypeAnnotation as _flyteidl2_core_TypeAnnotation, TypeAnnotation__Output as _flyteidl2_core_TypeAnnotation__Output } from '../../flyteidl2/core/TypeAnnotation.js';
import type { UnionType as _flyteidl2_core_UnionType, UnionType__Output as _flyteidl2_core_UnionType__Output } from '../../flyteidl2/core/UnionType.js';
import type { TypeStructure as _flyteidl2_core_TypeStructure, TypeStructure__Output as _flyteidl2_core_TypeStructure__Output } from '../../flyteidl2/core/TypeStructure.js';

export interface LiteralType {
  'simple'?: (_flyteidl2_core_SimpleType);
  'schema'?: (_flyteidl2_core_SchemaType | null);
  'collection_type'?: (_flyteidl2_core_LiteralType | null);
  'map_value_type'?: (_flyteidl2_core_LiteralType | null);
  'blob'?: (_flyteidl2_core_BlobType | null);
  'metadata'?: (_google_protobuf_Struct | null);
  'enum_type'?: (_flyteidl2_core_EnumType | null);
  'structured_dataset_type'?: (_flyteidl2_core_StructuredDatasetType | null);
  'annotation'?: (_flyteidl2_core_TypeAnnotation | null);
  'union_type'?: (_flyteidl2_core_UnionType | null);
  'structure'?: (_flyteidl2_core_TypeStructure | null);
  'type'?: "simple"|"schema"|"collection_type"|"map_value_type"|"blob"|"enum_type"|"structured_dataset_type"|"union_type";
}

export interface LiteralType__Output {
  'simple'?: (_flyteidl2_core_SimpleType__Output);
  'schema'?: (_flyteidl2_core_SchemaType__Output | null);
  'collection_type'?: (_flyteidl2_core_LiteralType__Output | null);
  'map_value_type'?: (_flyteidl2_core_LiteralType__Output | null);
  'blob'?: (_flyteidl2_core_BlobType__Output | null);
  'metadata': (_google_protobuf_Struct__Output | null);
  'enum_type'?: (_flyteidl2_core_EnumType__Output | null);
  'structured_dataset_type'?: (_flyteidl2_core_StructuredDatasetType__Output | null);
  'annotation': (_flyteidl2_core_TypeAnnotation__Output | null);
  'union_type'?: (_flyteidl2_core_UnionType__Output | null);
  'structure': (_flyteidl2_core_TypeStructure__Output | null);
  'type'?: "simple"|"schema"|"collection_type"|"map_value_type"|"blob"|"enum_type"|"structured_dataset_type"|"union_type";
}
