// Original file: proto/flyteidl2/core/artifact_id.proto

import type { LabelValue as _flyteidl2_core_LabelValue, LabelValue__Output as _flyteidl2_core_LabelValue__Output } from '../../flyteidl2/core/LabelValue.js';
import type { Granularity as _flyteidl2_core_Granularity, Granularity__Output as _flyteidl2_core_Granularity__Output } from '../../flyteidl2/core/Granularity.js';

export interface TimePartition {
  'value'?: (_flyteidl2_core_LabelValue | null);
  'granularity'?: (_flyteidl2_core_Granularity);
}

export interface TimePartition__Output {
  'value': (_flyteidl2_core_LabelValue__Output | null);
  'granularity': (_flyteidl2_core_Granularity__Output);
}
