// Original file: proto/flyteidl2/core/artifact_id.proto

import type { ArtifactID as _flyteidl2_core_ArtifactID, ArtifactID__Output as _flyteidl2_core_ArtifactID__Output } from '../../flyteidl2/core/ArtifactID.js';
import type { ArtifactTag as _flyteidl2_core_ArtifactTag, ArtifactTag__Output as _flyteidl2_core_ArtifactTag__Output } from '../../flyteidl2/core/ArtifactTag.js';
import type { ArtifactBindingData as _flyteidl2_core_ArtifactBindingData, ArtifactBindingData__Output as _flyteidl2_core_ArtifactBindingData__Output } from '../../flyteidl2/core/ArtifactBindingData.js';

export interface ArtifactQuery {
  'artifact_id'?: (_flyteidl2_core_ArtifactID | null);
  'artifact_tag'?: (_flyteidl2_core_ArtifactTag | null);
  'uri'?: (string);
  'binding'?: (_flyteidl2_core_ArtifactBindingData | null);
  'identifier'?: "artifact_id"|"artifact_tag"|"uri"|"binding";
}

export interface ArtifactQuery__Output {
  'artifact_id'?: (_flyteidl2_core_ArtifactID__Output | null);
  'artifact_tag'?: (_flyteidl2_core_ArtifactTag__Output | null);
  'uri'?: (string);
  'binding'?: (_flyteidl2_core_ArtifactBindingData__Output | null);
  'identifier'?: "artifact_id"|"artifact_tag"|"uri"|"binding";
}
