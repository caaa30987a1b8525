// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/interface.proto

import type { VariableMap as _flyteidl_core_VariableMap, VariableMap__Output as _flyteidl_core_VariableMap__Output } from '../../flyteidl/core/VariableMap.js';

export interface TypedInterface {
  'inputs'?: (_flyteidl_core_VariableMap | null);
  'outputs'?: (_flyteidl_core_VariableMap | null);
}

export interface TypedInterface__Output {
  'inputs': (_flyteidl_core_VariableMap__Output | null);
  'outputs': (_flyteidl_core_VariableMap__Output | null);
}
