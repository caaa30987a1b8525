// Original file: proto/flyteidl2/core/literals.proto

import type { Scalar as _flyteidl2_core_Scalar, Scalar__Output as _flyteidl2_core_Scalar__Output } from '../../flyteidl2/core/Scalar.js';
import type { BindingDataCollection as _flyteidl2_core_BindingDataCollection, BindingDataCollection__Output as _flyteidl2_core_BindingDataCollection__Output } from '../../flyteidl2/core/BindingDataCollection.js';
import type { OutputReference as _flyteidl2_core_OutputReference, OutputReference__Output as _flyteidl2_core_OutputReference__Output } from '../../flyteidl2/core/OutputReference.js';
import type { BindingDataMap as _flyteidl2_core_BindingDataMap, BindingDataMap__Output as _flyteidl2_core_BindingDataMap__Output } from '../../flyteidl2/core/BindingDataMap.js';
import type { UnionInfo as _flyteidl2_core_UnionInfo, UnionInfo__Output as _flyteidl2_core_UnionInfo__Output } from '../../flyteidl2/core/UnionInfo.js';
import type { LiteralOffloadedMetadata as _flyteidl2_core_LiteralOffloadedMetadata, LiteralOffloadedMetadata__Output as _flyteidl2_core_LiteralOffloadedMetadata__Output } from '../../flyteidl2/core/LiteralOffloadedMetadata.js';

export interface BindingData {
  'scalar'?: (_flyteidl2_core_Scalar | null);
  'collection'?: (_flyteidl2_core_BindingDataCollection | null);
  'promise'?: (_flyteidl2_core_OutputReference | null);
  'map'?: (_flyteidl2_core_BindingDataMap | null);
  'union'?: (_flyteidl2_core_UnionInfo | null);
  'offloaded_metadata'?: (_flyteidl2_core_LiteralOffloadedMetadata | null);
  'value'?: "scalar"|"collection"|"promise"|"map"|"offloaded_metadata";
}

export interface BindingData__Output {
  'scalar'?: (_flyteidl2_core_Scalar__Output | null);
  'collection'?: (_flyteidl2_core_BindingDataCollection__Output | null);
  'promise'?: (_flyteidl2_core_OutputReference__Output | null);
  'map'?: (_flyteidl2_core_BindingDataMap__Output | null);
  'union': (_flyteidl2_core_UnionInfo__Output | null);
  'offloaded_metadata'?: (_flyteidl2_core_LiteralOffloadedMetadata__Output | null);
  'value'?: "scalar"|"collection"|"promise"|"map"|"offloaded_metadata";
}
