// Original file: proto/flyteidl2/core/artifact_id.proto

import type { Operator as _flyteidl2_core_Operator, Operator__Output as _flyteidl2_core_Operator__Output } from '../../flyteidl2/core/Operator.js';

export interface TimeTransform {
  'transform'?: (string);
  'op'?: (_flyteidl2_core_Operator);
}

export interface TimeTransform__Output {
  'transform': (string);
  'op': (_flyteidl2_core_Operator__Output);
}
