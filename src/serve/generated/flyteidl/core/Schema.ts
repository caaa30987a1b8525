// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/literals.proto

import type { SchemaType as _flyteidl_core_SchemaType, SchemaType__Output as _flyteidl_core_SchemaType__Output } from '../../flyteidl/core/SchemaType.js';

export interface Schema {
  'uri'?: (string);
  'type'?: (_flyteidl_core_SchemaType | null);
}

export interface Schema__Output {
  'uri': (string);
  'type': (_flyteidl_core_SchemaType__Output | null);
}
