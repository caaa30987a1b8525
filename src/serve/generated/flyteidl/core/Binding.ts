// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/literals.proto

import type { BindingData as _flyteidl_core_BindingData, BindingData__Output as _flyteidl_core_BindingData__Output } from '../../flyteidl/core/BindingData.js';

export interface Binding {
  'var'?: (string);
  'binding'?: (_flyteidl_core_BindingData | null);
}

export interface Binding__Output {
  'var': (string);
  'binding': (_flyteidl_core_BindingData__Output | null);
}
