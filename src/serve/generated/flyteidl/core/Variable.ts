// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/interface.proto

import type { LiteralType as _flyteidl_core_LiteralType, LiteralType__Output as _flyteidl_core_LiteralType__Output } from '../../flyteidl/core/LiteralType.js';
import type { ArtifactID as _flyteidl_core_ArtifactID, ArtifactID__Output as _flyteidl_core_ArtifactID__Output } from '../../flyteidl/core/ArtifactID.js';
import type { ArtifactTag as _flyteidl_core_ArtifactTag, ArtifactTag__Output as _flyteidl_core_ArtifactTag__Output } from '../../flyteidl/core/ArtifactTag.js';

export interface Variable {
  'type'?: (_flyteidl_core_LiteralType | null);
  'description'?: (string);
  'artifact_partial_id'?: (_flyteidl_core_ArtifactID | null);
  'artifact_tag'?: (_flyteidl_core_ArtifactTag | null);
}

export interface Variable__Output {
  'type': (_flyteidl_core_LiteralType__Output | null);
  'description': (string);
  'artifact_partial_id': (_flyteidl_core_ArtifactID__Output | null);
  'artifact_tag': (_flyteidl_core_ArtifactTag__Output | null);
}
