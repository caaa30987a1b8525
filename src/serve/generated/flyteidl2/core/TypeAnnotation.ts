// Original file: proto/flyteidl2/core/types.proto

import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.js';

export interface TypeAnnotation {
  'annotations'?: (_google_protobuf_Struct | null);
}

export interface TypeAnnotation__Output {
  'annotations': (_google_protobuf_Struct__Output | null);
}
