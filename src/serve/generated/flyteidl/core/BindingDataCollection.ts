// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/literals.proto

import type { BindingData as _flyteidl_core_BindingData, BindingData__Output as _flyteidl_core_BindingData__Output } from '../../flyteidl/core/BindingData.js';

export interface BindingDataCollection {
  'bindings'?: (_flyteidl_core_BindingData)[];
}

export interface BindingDataCollection__Output {
  'bindings': (_flyteidl_core_BindingData__Output)[];
}
