// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/interface.proto

import type { Variable as _flyteidl_core_Variable, Variable__Output as _flyteidl_core_Variable__Output } from '../../flyteidl/core/Variable.js';
import type { Literal as _flyteidl_core_Literal, Literal__Output as _flyteidl_core_Literal__Output } from '../../flyteidl/core/Literal.js';
import type { ArtifactQuery as _flyteidl_core_ArtifactQuery, ArtifactQuery__Output as _flyteidl_core_ArtifactQuery__Output } from '../../flyteidl/core/ArtifactQuery.js';
import type { ArtifactID as _flyteidl_core_ArtifactID, ArtifactID__Output as _flyteidl_core_ArtifactID__Output } from '../../flyteidl/core/ArtifactID.js';

export interface Parameter {
  'var'?: (_flyteidl_core_Variable | null);
  'default'?: (_flyteidl_core_Literal | null);
  'required'?: (boolean);
  'artifact_query'?: (_flyteidl_core_ArtifactQuery | null);
  'artifact_id'?: (_flyteidl_core_ArtifactID | null);
  'behavior'?: "default"|"required"|"artifact_query"|"artifact_id";
}

export interface Parameter__Output {
  'var': (_flyteidl_core_Variable__Output | null);
  'default'?: (_flyteidl_core_Literal__Output | null);
  'required'?: (boolean);
  'artifact_query'?: (_flyteidl_core_ArtifactQuery__Output | null);
  'artifact_id'?: (_flyteidl_core_ArtifactID__Output | null);
  'behavior'?: "default"|"required"|"artifact_query"|"artifact_id";
}
