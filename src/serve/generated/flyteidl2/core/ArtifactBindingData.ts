// Original file: proto/flyteidl2/core/artifact_id.proto

import type { TimeTransform as _flyteidl2_core_TimeTransform, TimeTransform__Output as _flyteidl2_core_TimeTransform__Output } from '../../flyteidl2/core/TimeTransform.js';

export interface ArtifactBindingData {
  'partition_key'?: (string);
  'bind_to_time_partition'?: (boolean);
  'time_transform'?: (_flyteidl2_core_TimeTransform | null);
  'partition_data'?: "partition_key"|"bind_to_time_partition";
}

export interface ArtifactBindingData__Output {
  'partition_key'?: (string);
  'bind_to_time_partition'?: (boolean);
  'time_transform': (_flyteidl2_core_TimeTransform__Output | null);
  'partition_data'?: "partition_key"|"bind_to_time_partition";
}
