// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/identifier.proto

import type { ResourceType as _flyteidl_core_ResourceType, ResourceType__Output as _flyteidl_core_ResourceType__Output } from '../../flyteidl/core/ResourceType.js';

export interface Identifier {
  'resource_type'?: (_flyteidl_core_ResourceType);
  'project'?: (string);
  'domain'?: (string);
  'name'?: (string);
  'version'?: (string);
  'org'?: (string);
}

export interface Identifier__Output {
  'resource_type': (_flyteidl_core_ResourceType__Output);
  'project': (string);
  'domain': (string);
  'name': (string);
  'version': (string);
  'org': (string);
}
