// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/condition.proto

import type { Primitive as _flyteidl_core_Primitive, Primitive__Output as _flyteidl_core_Primitive__Output } from '../../flyteidl/core/Primitive.js';
import type { Scalar as _flyteidl_core_Scalar, Scalar__Output as _flyteidl_core_Scalar__Output } from '../../flyteidl/core/Scalar.js';

export interface Operand {
  'primitive'?: (_flyteidl_core_Primitive | null);
  'var'?: (string);
  'scalar'?: (_flyteidl_core_Scalar | null);
  'val'?: "primitive"|"var"|"scalar";
}

export interface Operand__Output {
  'primitive'?: (_flyteidl_core_Primitive__Output | null);
  'var'?: (string);
  'scalar'?: (_flyteidl_core_Scalar__Output | null);
  'val'?: "primitive"|"var"|"scalar";
}
