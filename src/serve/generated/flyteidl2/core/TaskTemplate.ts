// Original file: proto/flyteidl2/core/tasks.proto

import type { Identifier as _flyteidl2_core_Identifier, Identifier__Output as _flyteidl2_core_Identifier__Output } from '../../flyteidl2/core/Identifier.js';
import type { TaskMetadata as _flyteidl2_core_TaskMetadata, TaskMetadata__Output as _flyteidl2_core_TaskMetadata__Output } from '../../flyteidl2/core/TaskMetadata.js';
import type { TypedInterface as _flyteidl2_core_TypedInterface, TypedInterface__Output as _flyteidl2_core_TypedInterface__Output } from '../../flyteidl2/core/TypedInterface.js';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.js';
import type { Container as _flyteidl2_core_Container, Container__Output as _flyteidl2_core_Container__Output } from '../../flyteidl2/core/Container.js';
import type { SecurityContext as _flyteidl2_core_SecurityContext, SecurityContext__Output as _flyteidl2_core_SecurityContext__Output } from '../../flyteidl2/core/SecurityContext.js';
import type { ExtendedResources as _flyteidl2_core_ExtendedResources, ExtendedResources__Output as _flyteidl2_core_ExtendedResources__Output } from '../../flyteidl2/core/ExtendedResources.js';
import type { K8sPod as _flyteidl2_core_K8sPod, K8sPod__Output as _flyteidl2_core_K8sPod__Output } from '../../flyteidl2/core/K8sPod.js';
import type { Sql as _flyteidl2_core_Sql, Sql__Output as _flyteidl2_core_Sql__Output } from '../../flyteidl2/core/Sql.js';

export interface TaskTemplate {
  'id'?: (_flyteidl2_core_Identifier | null);
  'type'?: (string);
  'metadata'?: (_flyteidl2_core_TaskMetadata | null);
  'interface'?: (_flyteidl2_core_TypedInterface | null);
  'custom'?: (_google_protobuf_Struct | null);
  'container'?: (_flyteidl2_core_Container | null);
  'task_type_version'?: (number);
  'security_context'?: (_flyteidl2_core_SecurityContext | null);
  'extended_resources'?: (_flyteidl2_core_ExtendedResources | null);
  'config'?: ({[key: string]: string});
  'k8s_pod'?: (_flyteidl2_core_K8sPod | null);
  'sql'?: (_flyteidl2_core_Sql | null);
  'target'?: "container"|"k8s_pod"|"sql";
}

export interface TaskTemplate__Output {
  'id': (_flyteidl2_core_Identifier__Output | null);
  'type': (string);
  'metadata': (_flyteidl2_core_TaskMetadata__Output | null);
  'interface': (_flyteidl2_core_TypedInterface__Output | null);
  'custom': (_google_protobuf_Struct__Output | null);
  'container'?: (_flyteidl2_core_Container__Output | null);
  'task_type_version': (number);
  'security_context': (_flyteidl2_core_SecurityContext__Output | null);
  'extended_resources': (_flyteidl2_core_ExtendedResources__Output | null);
  'config': ({[key: string]: string});
  'k8s_pod'?: (_flyteidl2_core_K8sPod__Output | null);
  'sql'?: (_flyteidl2_core_Sql__Output | null);
  'target'?: "container"|"k8s_pod"|"sql";
}
