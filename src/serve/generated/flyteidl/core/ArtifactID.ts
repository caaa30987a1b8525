// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/artifact_id.proto

import type { ArtifactKey as _flyteidl_core_ArtifactKey, ArtifactKey__Output as _flyteidl_core_ArtifactKey__Output } from '../../flyteidl/core/ArtifactKey.js';
import type { Partitions as _flyteidl_core_Partitions, Partitions__Output as _flyteidl_core_Partitions__Output } from '../../flyteidl/core/Partitions.js';
import type { TimePartition as _flyteidl_core_TimePartition, TimePartition__Output as _flyteidl_core_TimePartition__Output } from '../../flyteidl/core/TimePartition.js';

export interface ArtifactID {
  'artifact_key'?: (_flyteidl_core_ArtifactKey | null);
  'version'?: (string);
  'partitions'?: (_flyteidl_core_Partitions | null);
  'time_partition'?: (_flyteidl_core_TimePartition | null);
}

export interface ArtifactID__Output {
  'artifact_key': (_flyteidl_core_ArtifactKey__Output | null);
  'version': (string);
  'partitions': (_flyteidl_core_Partitions__Output | null);
  'time_partition': (_flyteidl_core_TimePartition__Output | null);
}
