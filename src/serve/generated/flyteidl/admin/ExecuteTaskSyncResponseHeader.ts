// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto

import type { Resource as _flyteidl_admin_Resource, Resource__Output as _flyteidl_admin_Resource__Output } from '../../flyteidl/admin/Resource.js';

export interface ExecuteTaskSyncResponseHeader {
  'resource'?: (_flyteidl_admin_Resource | null);
}

export interface ExecuteTaskSyncResponseHeader__Output {
  'resource': (_flyteidl_admin_Resource__Output | null);
}
