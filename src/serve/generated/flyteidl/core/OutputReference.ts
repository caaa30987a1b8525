// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/types.proto

import type { PromiseAttribute as _flyteidl_core_PromiseAttribute, PromiseAttribute__Output as _flyteidl_core_PromiseAttribute__Output } from '../../flyteidl/core/PromiseAttribute.js';

export interface OutputReference {
  'node_id'?: (string);
  'var'?: (string);
  'attr_path'?: (_flyteidl_core_PromiseAttribute)[];
}

export interface OutputReference__Output {
  'node_id': (string);
  'var': (string);
  'attr_path': (_flyteidl_core_PromiseAttribute__Output)[];
}
