// Original file: proto/flyteidl2/connector/connector.proto


export interface GetConnectorRequest {
  'name'?: (string);
}

export interface GetConnectorRequest__Output {
  'name': (string);
}
