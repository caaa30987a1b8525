// Original file: proto/flyteidl2/core/identifier.proto

import type { ResourceType as _flyteidl2_core_ResourceType, ResourceType__Output as _flyteidl2_core_ResourceType__Output } from '../../flyteidl2/core/ResourceType.js';

export interface Identifier {
  'resource_type'?: (_flyteidl2_core_ResourceType);
  'project'?: (string);
  'domain'?: (string);
  'name'?: (string);
  'version'?: (string);
  'org'?: (string);
}

export interface Identifier__Output {
  'resource_type': (_flyteidl2_core_ResourceType__Output);
  'project': (string);
  'domain': (string);
  'name': (string);
  'version': (string);
  'org': (string);
}
