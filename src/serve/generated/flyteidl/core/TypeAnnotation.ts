// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/types.proto

import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.js';

export interface TypeAnnotation {
  'annotations'?: (_google_protobuf_Struct | null);
}

export interface TypeAnnotation__Output {
  'annotations': (_google_protobuf_Struct__Output | null);
}
