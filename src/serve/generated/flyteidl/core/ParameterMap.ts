// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/interface.proto

import type { Parameter as _flyteidl_core_Parameter, Parameter__Output as _flyteidl_core_Parameter__Output } from '../../flyteidl/core/Parameter.js';

export interface ParameterMap {
  'parameters'?: ({[key: string]: _flyteidl_core_Parameter});
}

export interface ParameterMap__Output {
  'parameters': ({[key: string]: _flyteidl_core_Parameter__Output});
}
