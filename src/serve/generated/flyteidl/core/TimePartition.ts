// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/artifact_id.proto

import type { LabelValue as _flyteidl_core_LabelValue, LabelValue__Output as _flyteidl_core_LabelValue__Output } from '../../flyteidl/core/LabelValue.js';
import type { Granularity as _flyteidl_core_Granularity, Granularity__Output as _flyteidl_core_Granularity__Output } from '../../flyteidl/core/Granularity.js';

export interface TimePartition {
  'value'?: (_flyteidl_core_LabelValue | null);
  'granularity'?: (_flyteidl_core_Granularity);
}

export interface TimePartition__Output {
  'value': (_flyteidl_core_LabelValue__Output | null);
  'granularity': (_flyteidl_core_Granularity__Output);
}
