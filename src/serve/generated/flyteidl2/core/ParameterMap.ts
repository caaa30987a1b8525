// Original file: proto/flyteidl2/core/interface.proto

import type { Parameter as _flyteidl2_core_Parameter, Parameter__Output as _flyteidl2_core_Parameter__Output } from '../../flyteidl2/core/Parameter.js';

export interface ParameterMap {
  'parameters'?: ({[key: string]: _flyteidl2_core_Parameter});
}

export interface ParameterMap__Output {
  'parameters': ({[key: string]: _flyteidl2_core_Parameter__Output});
}
