// Original file: proto/flyteidl2/core/literals.proto

import type { BindingData as _flyteidl2_core_BindingData, BindingData__Output as _flyteidl2_core_BindingData__Output } from '../../flyteidl2/core/BindingData.js';

export interface Binding {
  'var'?: (string);
  'binding'?: (_flyteidl2_core_BindingData | null);
}

export interface Binding__Output {
  'var': (string);
  'binding': (_flyteidl2_core_BindingData__Output | null);
}
