// Original file: proto/flyteidl2/core/interface.proto

import type { Variable as _flyteidl2_core_Variable, Variable__Output as _flyteidl2_core_Variable__Output } from '../../flyteidl2/core/Variable.js';
import type { Literal as _flyteidl2_core_Literal, Literal__Output as _flyteidl2_core_Literal__Output } from '../../flyteidl2/core/Literal.js';
import type { ArtifactQuery as _flyteidl2_core_ArtifactQuery, ArtifactQuery__Output as _flyteidl2_core_ArtifactQuery__Output } from '../../flyteidl2/core/ArtifactQuery.js';
import type { ArtifactID as _flyteidl2_core_ArtifactID, ArtifactID__Output as _flyteidl2_core_ArtifactID__Output } from '../../flyteidl2/core/ArtifactID.js';

export interface Parameter {
  'var'?: (_flyteidl2_core_Variable | null);
  'default'?: (_flyteidl2_core_Literal | null);
  'required'?: (boolean);
  'artifact_query'?: (_flyteidl2_core_ArtifactQuery | null);
  'artifact_id'?: (_flyteidl2_core_ArtifactID | null);
  'behavior'?: "default"|"required"|"artifact_query"|"artifact_id";
}

export interface Parameter__Output {
  'var': (_flyteidl2_core_Variable__Output | null);
  'default'?: (_flyteidl2_core_Literal__Output | null);
  'required'?: (boolean);
  'artifact_query'?: (_flyteidl2_core_ArtifactQuery__Output | null);
  'artifact_id'?: (_flyteidl2_core_ArtifactID__Output | null);
  'behavior'?: "default"|"required"|"artifact_query"|"artifact_id";
}
