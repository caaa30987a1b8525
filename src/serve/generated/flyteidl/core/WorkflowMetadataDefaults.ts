// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/workflow.proto


export interface WorkflowMetadataDefaults {
  'interruptible'?: (boolean);
}

export interface WorkflowMetadataDefaults__Output {
  'interruptible': (boolean);
}
