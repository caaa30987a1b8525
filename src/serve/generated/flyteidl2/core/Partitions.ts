// Original file: proto/flyteidl2/core/artifact_id.proto

import type { LabelValue as _flyteidl2_core_LabelValue, LabelValue__Output as _flyteidl2_core_LabelValue__Output } from '../../flyteidl2/core/LabelValue.js';

export interface Partitions {
  'value'?: ({[key: string]: _flyteidl2_core_LabelValue});
}

export interface Partitions__Output {
  'value': ({[key: string]: _flyteidl2_core_LabelValue__Output});
}
