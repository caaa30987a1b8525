// Original file: proto/flyteidl2/task/common.proto

import type { Parameter as _flyteidl2_core_Parameter, Parameter__Output as _flyteidl2_core_Parameter__Output } from '../../flyteidl2/core/Parameter.js';

export interface NamedParameter {
  'name'?: (string);
  'parameter'?: (_flyteidl2_core_Parameter | null);
}

export interface NamedParameter__Output {
  'name': (string);
  'parameter': (_flyteidl2_core_Parameter__Output | null);
}
