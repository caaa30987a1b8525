// Original file: proto/flyteidl2/core/literals.proto

import type { BindingData as _flyteidl2_core_BindingData, BindingData__Output as _flyteidl2_core_BindingData__Output } from '../../flyteidl2/core/BindingData.js';

export interface BindingDataMap {
  'bindings'?: ({[key: string]: _flyteidl2_core_BindingData});
}

export interface BindingDataMap__Output {
  'bindings': ({[key: string]: _flyteidl2_core_BindingData__Output});
}
