// Original file: proto/flyteidl2/core/artifact_id.proto

import type { ArtifactKey as _flyteidl2_core_ArtifactKey, ArtifactKey__Output as _flyteidl2_core_ArtifactKey__Output } from '../../flyteidl2/core/ArtifactKey.js';
import type { LabelValue as _flyteidl2_core_LabelValue, LabelValue__Output as _flyteidl2_core_LabelValue__Output } from '../../flyteidl2/core/LabelValue.js';

export interface ArtifactTag {
  'artifact_key'?: (_flyteidl2_core_ArtifactKey | null);
  'value'?: (_flyteidl2_core_LabelValue | null);
}

export interface ArtifactTag__Output {
  'artifact_key': (_flyteidl2_core_ArtifactKey__Output | null);
  'value': (_flyteidl2_core_LabelValue__Output | null);
}
