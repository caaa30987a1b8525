// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/identifier.proto


export interface WorkflowExecutionIdentifier {
  'project'?: (string);
  'domain'?: (string);
  'name'?: (string);
  'org'?: (string);
}

export interface WorkflowExecutionIdentifier__Output {
  'project': (string);
  'domain': (string);
  'name': (string);
  'org': (string);
}
