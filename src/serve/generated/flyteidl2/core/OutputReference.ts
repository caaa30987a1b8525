// Original file: proto/flyteidl2/core/types.proto

import type { PromiseAttribute as _flyteidl2_core_PromiseAttribute, PromiseAttribute__Output as _flyteidl2_core_PromiseAttribute__Output } from '../../flyteidl2/core/PromiseAttribute.js';

export interface OutputReference {
  'node_id'?: (string);
  'var'?: (string);
  'attr_path'?: (_flyteidl2_core_PromiseAttribute)[];
}

export interface OutputReference__Output {
  'node_id': (string);
  'var': (string);
  'attr_path': (_flyteidl2_core_PromiseAttribute__Output)[];
}
