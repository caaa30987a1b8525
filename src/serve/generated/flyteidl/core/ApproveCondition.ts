// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/workflow.proto


export interface ApproveCondition {
  'signal_id'?: (string);
}

export interface ApproveCondition__Output {
  'signal_id': (string);
}
