// Original file: proto/flyteidl2/connector/connector.proto

import type { Connector as _flyteidl2_connector_Connector, Connector__Output as _flyteidl2_connector_Connector__Output } from '../../flyteidl2/connector/Connector.js';

export interface GetConnectorResponse {
  'connector'?: (_flyteidl2_connector_Connector | null);
}

export interface GetConnectorResponse__Output {
  'connector': (_flyteidl2_connector_Connector__Output | null);
}
