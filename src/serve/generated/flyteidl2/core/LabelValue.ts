// Original file: proto/flyteidl2/core/artifact_id.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';
import type { ArtifactBindingData as _flyteidl2_core_ArtifactBindingData, ArtifactBindingData__Output as _flyteidl2_core_ArtifactBindingData__Output } from '../../flyteidl2/core/ArtifactBindingData.js';
import type { InputBindingData as _flyteidl2_core_InputBindingData, InputBindingData__Output as _flyteidl2_core_InputBindingData__Output } from '../../flyteidl2/core/InputBindingData.js';
import type { RuntimeBinding as _flyteidl2_core_RuntimeBinding, RuntimeBinding__Output as _flyteidl2_core_RuntimeBinding__Output } from '../../flyteidl2/core/RuntimeBinding.js';

export interface LabelValue {
  'static_value'?: (string);
  'time_value'?: (_google_protobuf_Timestamp | null);
  'triggered_binding'?: (_flyteidl2_core_ArtifactBindingData | null);
  'input_binding'?: (_flyteidl2_core_InputBindingData | null);
  'runtime_binding'?: (_flyteidl2_core_RuntimeBinding | null);
  'value'?: "static_value"|"time_value"|"triggered_binding"|"input_binding"|"runtime_binding";
}

export interface LabelValue__Output {
  'static_value'?: (string);
  'time_value'?: (_google_protobuf_Timestamp__Output | null);
  'triggered_binding'?: (_flyteidl2_core_ArtifactBindingData__Output | null);
  'input_binding'?: (_flyteidl2_core_InputBindingData__Output | null);
  'runtime_binding'?: (_flyteidl2_core_RuntimeBinding__Output | null);
  'value'?: "static_value"|"time_value"|"triggered_binding"|"input_binding"|"runtime_binding";
}
