// Original file: proto/flyteidl2/core/literals.proto

import type { BindingData as _flyteidl2_core_BindingData, BindingData__Output as _flyteidl2_core_BindingData__Output } from '../../flyteidl2/core/BindingData.js';

export interface BindingDataCollection {
  'bindings'?: (_flyteidl2_core_BindingData)[];
}

export interface BindingDataCollection__Output {
  'bindings': (_flyteidl2_core_BindingData__Output)[];
}
