// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/artifact_id.proto

import type { LabelValue as _flyteidl_core_LabelValue, LabelValue__Output as _flyteidl_core_LabelValue__Output } from '../../flyteidl/core/LabelValue.js';

export interface Partitions {
  'value'?: ({[key: string]: _flyteidl_core_LabelValue});
}

export interface Partitions__Output {
  'value': ({[key: string]: _flyteidl_core_LabelValue__Output});
}
