// Original file: proto/flyteidl2/core/literals.proto

import type { Scalar as _flyteidl2_core_Scalar, Scalar__Output as _flyteidl2_core_Scalar__Output } from '../../flyteidl2/core/Scalar.js';
import type { LiteralCollection as _flyteidl2_core_LiteralCollection, LiteralCollection__Output as _flyteidl2_core_LiteralCollection__Output } from '../../flyteidl2/core/LiteralCollection.js';
import type { LiteralMap as _flyteidl2_core_LiteralMap, LiteralMap__Output as _flyteidl2_core_LiteralMap__Output } from '../../flyteidl2/core/LiteralMap.js';
import type { LiteralOffloadedMetadata as _flyteidl2_core_LiteralOffloadedMetadata, LiteralOffloadedMetadata__Output as _flyteidl2_core_LiteralOffloadedMetadata__Output } from '../../flyteidl2/core/LiteralOffloadedMetadata.js';

export interface Literal {
  'scalar'?: (_flyteidl2_core_Scalar | null);
  'collection'?: (_flyteidl2_core_LiteralCollection | null);
  'map'?: (_flyteidl2_core_LiteralMap | null);
  'hash'?: (string);
  'metadata'?: ({[key: string]: string});
  'offloaded_metadata'?: (_flyteidl2_core_LiteralOffloadedMetadata | null);
  'value'?: "scalar"|"collection"|"map"|"offloaded_metadata";
}

export interface Literal__Output {
  'scalar'?: (_flyteidl2_core_Scalar__Output | null);
  'collection'?: (_flyteidl2_core_LiteralCollection__Output | null);
  'map'?: (_flyteidl2_core_LiteralMap__Output | null);
  'hash': (string);
  'metadata': ({[key: string]: string});
  'offloaded_metadata'?: (_flyteidl2_core_LiteralOffloadedMetadata__Output | null);
  'value'?: "scalar"|"collection"|"map"|"offloaded_metadata";
}
