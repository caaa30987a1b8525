// Original file: proto/flyteidl2/connector/connector.proto


export interface DeleteTaskResponse {
}

export interface DeleteTaskResponse__Output {
}
