// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/interface.proto

import type { Variable as _flyteidl_core_Variable, Variable__Output as _flyteidl_core_Variable__Output } from '../../flyteidl/core/Variable.js';

export interface VariableMap {
  'variables'?: ({[key: string]: _flyteidl_core_Variable});
}

export interface VariableMap__Output {
  'variables': ({[key: string]: _flyteidl_core_Variable__Output});
}
