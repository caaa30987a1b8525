// Original file: proto/flyteidl2/core/literals.proto

import type { Primitive as _flyteidl2_core_Primitive, Primitive__Output as _flyteidl2_core_Primitive__Output } from '../../flyteidl2/core/Primitive.js';
import type { Blob as _flyteidl2_core_Blob, Blob__Output as _flyteidl2_core_Blob__Output } from '../../flyteidl2/core/Blob.js';
import type { Binary as _flyteidl2_core_Binary, Binary__Output as _flyteidl2_core_Binary__Output } from '../../flyteidl2/core/Binary.js';
import type { Schema as _flyteidl2_core_Schema, Schema__Output as _flyteidl2_core_Schema__Output } from '../../flyteidl2/core/Schema.js';
import type { Void as _flyteidl2_core_Void, Void__Output as _flyteidl2_core_Void__Output } from '../../flyteidl2/core/Void.js';
import type { Error as _flyteidl2_core_Error, Error__Output as _flyteidl2_core_Error__Output } from '../../flyteidl2/core/Error.js';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.js';
import type { StructuredDataset as _flyteidl2_core_StructuredDataset, StructuredDataset__Output as _flyteidl2_core_StructuredDataset__Output } from '../../flyteidl2/core/StructuredDataset.js';
import type { Union as _flyteidl2_core_Union, Union__Output as _flyteidl2_core_Union__Output } from '../../flyteidl2/core/Union.js';

export interface Scalar {
  'primitive'?: (_flyteidl2_core_Primitive | null);
  'blob'?: (_flyteidl2_core_Blob | null);
  'binary'?: (_flyteidl2_core_Binary | null);
  'schema'?: (_flyteidl2_core_Schema | null);
  'none_type'?: (_flyteidl2_core_Void | null);
  'error'?: (_flyteidl2_core_Error | null);
  'generic'?: (_google_protobuf_Struct | null);
  'structured_dataset'?: (_flyteidl2_core_StructuredDataset | null);
  'union'?: (_flyteidl2_core_Union | null);
  'value'?: "primitive"|"blob"|"binary"|"schema"|"none_type"|"error"|"generic"|"structured_dataset"|"union";
}

export interface Scalar__Output {
  'primitive'?: (_flyteidl2_core_Primitive__Output | null);
  'blob'?: (_flyteidl2_core_Blob__Output | null);
  'binary'?: (_flyteidl2_core_Binary__Output | null);
  'schema'?: (_flyteidl2_core_Schema__Output | null);
  'none_type'?: (_flyteidl2_core_Void__Output | null);
  'error'?: (_flyteidl2_core_Error__Output | null);
  'generic'?: (_google_protobuf_Struct__Output | null);
  'structured_dataset'?: (_flyteidl2_core_StructuredDataset__Output | null);
  'union'?: (_flyteidl2_core_Union__Output | null);
  'value'?: "primitive"|"blob"|"binary"|"schema"|"none_type"|"error"|"generic"|"structured_dataset"|"union";
}
