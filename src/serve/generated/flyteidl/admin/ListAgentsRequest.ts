// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto


export interface ListAgentsRequest {
}

export interface ListAgentsRequest__Output {
}
