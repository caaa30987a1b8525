// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/literals.proto

import type { Scalar as _flyteidl_core_Scalar, Scalar__Output as _flyteidl_core_Scalar__Output } from '../../flyteidl/core/Scalar.js';
import type { BindingDataCollection as _flyteidl_core_BindingDataCollection, BindingDataCollection__Output as _flyteidl_core_BindingDataCollection__Output } from '../../flyteidl/core/BindingDataCollection.js';
import type { OutputReference as _flyteidl_core_OutputReference, OutputReference__Output as _flyteidl_core_OutputReference__Output } from '../../flyteidl/core/OutputReference.js';
import type { BindingDataMap as _flyteidl_core_BindingDataMap, BindingDataMap__Output as _flyteidl_core_BindingDataMap__Output } from '../../flyteidl/core/BindingDataMap.js';
import type { UnionInfo as _flyteidl_core_UnionInfo, UnionInfo__Output as _flyteidl_core_UnionInfo__Output } from '../../flyteidl/core/UnionInfo.js';
import type { LiteralOffloadedMetadata as _flyteidl_core_LiteralOffloadedMetadata, LiteralOffloadedMetadata__Output as _flyteidl_core_LiteralOffloadedMetadata__Output } from '../../flyteidl/core/LiteralOffloadedMetadata.js';

export interface BindingData {
  'scalar'?: (_flyteidl_core_Scalar | null);
  'collection'?: (_flyteidl_core_BindingDataCollection | null);
  'promise'?: (_flyteidl_core_OutputReference | null);
  'map'?: (_flyteidl_core_BindingDataMap | null);
  'union'?: (_flyteidl_core_UnionInfo | null);
  'offloaded_metadata'?: (_flyteidl_core_LiteralOffloadedMetadata | null);
  'value'?: "scalar"|"collection"|"promise"|"map"|"offloaded_metadata";
}

export interface BindingData__Output {
  'scalar'?: (_flyteidl_core_Scalar__Output | null);
  'collection'?: (_flyteidl_core_BindingDataCollection__Output | null);
  'promise'?: (_flyteidl_core_OutputReference__Output | null);
  'map'?: (_flyteidl_core_BindingDataMap__Output | null);
  'union': (_flyteidl_core_UnionInfo__Output | null);
  'offloaded_metadata'?: (_flyteidl_core_LiteralOffloadedMetadata__Output | null);
  'value'?: "scalar"|"collection"|"promise"|"map"|"offloaded_metadata";
}
