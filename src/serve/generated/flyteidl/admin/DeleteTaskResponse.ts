// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto


export interface DeleteTaskResponse {
}

export interface DeleteTaskResponse__Output {
}
