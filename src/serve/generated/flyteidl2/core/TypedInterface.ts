// Original file: proto/flyteidl2/core/interface.proto

import type { VariableMap as _flyteidl2_core_VariableMap, VariableMap__Output as _flyteidl2_core_VariableMap__Output } from '../../flyteidl2/core/VariableMap.js';

export interface TypedInterface {
  'inputs'?: (_flyteidl2_core_VariableMap | null);
  'outputs'?: (_flyteidl2_core_VariableMap | null);
}

export interface TypedInterface__Output {
  'inputs': (_flyteidl2_core_VariableMap__Output | null);
  'outputs': (_flyteidl2_core_VariableMap__Output | null);
}
