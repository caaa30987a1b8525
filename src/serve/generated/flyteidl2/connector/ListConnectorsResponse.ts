// Original file: proto/flyteidl2/connector/connector.proto

import type { Connector as _flyteidl2_connector_Connector, Connector__Output as _flyteidl2_connector_Connector__Output } from '../../flyteidl2/connector/Connector.js';

export interface ListConnectorsResponse {
  'connectors'?: (_flyteidl2_connector_Connector)[];
}

export interface ListConnectorsResponse__Output {
  'connectors': (_flyteidl2_connector_Connector__Output)[];
}
