// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/artifact_id.proto

import type { ArtifactID as _flyteidl_core_ArtifactID, ArtifactID__Output as _flyteidl_core_ArtifactID__Output } from '../../flyteidl/core/ArtifactID.js';
import type { ArtifactTag as _flyteidl_core_ArtifactTag, ArtifactTag__Output as _flyteidl_core_ArtifactTag__Output } from '../../flyteidl/core/ArtifactTag.js';
import type { ArtifactBindingData as _flyteidl_core_ArtifactBindingData, ArtifactBindingData__Output as _flyteidl_core_ArtifactBindingData__Output } from '../../flyteidl/core/ArtifactBindingData.js';

export interface ArtifactQuery {
  'artifact_id'?: (_flyteidl_core_ArtifactID | null);
  'artifact_tag'?: (_flyteidl_core_ArtifactTag | null);
  'uri'?: (string);
  'binding'?: (_flyteidl_core_ArtifactBindingData | null);
  'identifier'?: "artifact_id"|"artifact_tag"|"uri"|"binding";
}

export interface ArtifactQuery__Output {
  'artifact_id'?: (_flyteidl_core_ArtifactID__Output | null);
  'artifact_tag'?: (_flyteidl_core_ArtifactTag__Output | null);
  'uri'?: (string);
  'binding'?: (_flyteidl_core_ArtifactBindingData__Output | null);
  'identifier'?: "artifact_id"|"artifact_tag"|"uri"|"binding";
}
