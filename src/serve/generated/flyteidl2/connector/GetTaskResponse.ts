// Original file: proto/flyteidl2/connector/connector.proto

import type { Resource as _flyteidl2_connector_Resource, Resource__Output as _flyteidl2_connector_Resource__Output } from '../../flyteidl2/connector/Resource.js';

export interface GetTaskResponse {
  'resource'?: (_flyteidl2_connector_Resource | null);
}

export interface GetTaskResponse__Output {
  'resource': (_flyteidl2_connector_Resource__Output | null);
}
