// Original file: proto/flyteidl2/core/literals.proto

import type { SchemaType as _flyteidl2_core_SchemaType, SchemaType__Output as _flyteidl2_core_SchemaType__Output } from '../../flyteidl2/core/SchemaType.js';

export interface Schema {
  'uri'?: (string);
  'type'?: (_flyteidl2_core_SchemaType | null);
}

export interface Schema__Output {
  'uri': (string);
  'type': (_flyteidl2_core_SchemaType__Output | null);
}
