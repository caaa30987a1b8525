// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/workflow.proto

import type { LiteralType as _flyteidl_core_LiteralType, LiteralType__Output as _flyteidl_core_LiteralType__Output } from '../../flyteidl/core/LiteralType.js';

export interface SignalCondition {
  'signal_id'?: (string);
  'type'?: (_flyteidl_core_LiteralType | null);
  'output_variable_name'?: (string);
}

export interface SignalCondition__Output {
  'signal_id': (string);
  'type': (_flyteidl_core_LiteralType__Output | null);
  'output_variable_name': (string);
}
