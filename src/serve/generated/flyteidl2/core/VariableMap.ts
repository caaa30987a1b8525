// Original file: proto/flyteidl2/core/interface.proto

import type { VariableEntry as _flyteidl2_core_VariableEntry, VariableEntry__Output as _flyteidl2_core_VariableEntry__Output } from '../../flyteidl2/core/VariableEntry.js';

export interface VariableMap {
  'variables'?: (_flyteidl2_core_VariableEntry)[];
}

export interface VariableMap__Output {
  'variables': (_flyteidl2_core_VariableEntry__Output)[];
}
