// Original file: proto/flyteidl2/core/interface.proto

import type { LiteralType as _flyteidl2_core_LiteralType, LiteralType__Output as _flyteidl2_core_LiteralType__Output } from '../../flyteidl2/core/LiteralType.js';
import type { ArtifactID as _flyteidl2_core_ArtifactID, ArtifactID__Output as _flyteidl2_core_ArtifactID__Output } from '../../flyteidl2/core/ArtifactID.js';
import type { ArtifactTag as _flyteidl2_core_ArtifactTag, ArtifactTag__Output as _flyteidl2_core_ArtifactTag__Output } from '../../flyteidl2/core/ArtifactTag.js';

export interface Variable {
  'type'?: (_flyteidl2_core_LiteralType | null);
  'description'?: (string);
  'artifact_partial_id'?: (_flyteidl2_core_ArtifactID | null);
  'artifact_tag'?: (_flyteidl2_core_ArtifactTag | null);
}

export interface Variable__Output {
  'type': (_flyteidl2_core_LiteralType__Output | null);
  'description': (string);
  'artifact_partial_id': (_flyteidl2_core_ArtifactID__Output | null);
  'artifact_tag': (_flyteidl2_core_ArtifactTag__Output | null);
}
