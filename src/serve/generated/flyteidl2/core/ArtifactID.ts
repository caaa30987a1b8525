// Original file: proto/flyteidl2/core/artifact_id.proto

import type { ArtifactKey as _flyteidl2_core_ArtifactKey, ArtifactKey__Output as _flyteidl2_core_ArtifactKey__Output } from '../../flyteidl2/core/ArtifactKey.js';
import type { Partitions as _flyteidl2_core_Partitions, Partitions__Output as _flyteidl2_core_Partitions__Output } from '../../flyteidl2/core/Partitions.js';
import type { TimePartition as _flyteidl2_core_TimePartition, TimePartition__Output as _flyteidl2_core_TimePartition__Output } from '../../flyteidl2/core/TimePartition.js';

export interface ArtifactID {
  'artifact_key'?: (_flyteidl2_core_ArtifactKey | null);
  'version'?: (string);
  'partitions'?: (_flyteidl2_core_Partitions | null);
  'time_partition'?: (_flyteidl2_core_TimePartition | null);
}

export interface ArtifactID__Output {
  'artifact_key': (_flyteidl2_core_ArtifactKey__Output | null);
  'version': (string);
  'partitions': (_flyteidl2_core_Partitions__Output | null);
  'time_partition': (_flyteidl2_core_TimePartition__Output | null);
}
