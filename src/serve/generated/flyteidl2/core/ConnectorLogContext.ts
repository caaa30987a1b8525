// Original file: proto/flyteidl2/core/execution.proto


export interface ConnectorLogContext {
  'endpoint'?: (string);
}

export interface ConnectorLogContext__Output {
  'endpoint': (string);
}
