// Original file: proto/flyteidl2/core/interface.proto

import type { Variable as _flyteidl2_core_Variable, Variable__Output as _flyteidl2_core_Variable__Output } from '../../flyteidl2/core/Variable.js';

export interface VariableEntry {
  'key'?: (string);
  'value'?: (_flyteidl2_core_Variable | null);
}

export interface VariableEntry__Output {
  'key': (string);
  'value': (_flyteidl2_core_Variable__Output | null);
}
