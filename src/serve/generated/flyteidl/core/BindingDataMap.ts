// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/literals.proto

import type { BindingData as _flyteidl_core_BindingData, BindingData__Output as _flyteidl_core_BindingData__Output } from '../../flyteidl/core/BindingData.js';

export interface BindingDataMap {
  'bindings'?: ({[key: string]: _flyteidl_core_BindingData});
}

export interface BindingDataMap__Output {
  'bindings': ({[key: string]: _flyteidl_core_BindingData__Output});
}
