// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/artifact_id.proto

import type { Operator as _flyteidl_core_Operator, Operator__Output as _flyteidl_core_Operator__Output } from '../../flyteidl/core/Operator.js';

export interface TimeTransform {
  'transform'?: (string);
  'op'?: (_flyteidl_core_Operator);
}

export interface TimeTransform__Output {
  'transform': (string);
  'op': (_flyteidl_core_Operator__Output);
}
