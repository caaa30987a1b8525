// Original file: proto/flyteidl2/connector/connector.proto


export interface ListConnectorsRequest {
}

export interface ListConnectorsRequest__Output {
}
