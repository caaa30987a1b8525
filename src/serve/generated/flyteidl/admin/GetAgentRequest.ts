// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto


export interface GetAgentRequest {
  'name'?: (string);
}

export interface GetAgentRequest__Output {
  'name': (string);
}
