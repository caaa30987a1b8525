// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/literals.proto


export interface RetryStrategy {
  'retries'?: (number);
}

export interface RetryStrategy__Output {
  'retries': (number);
}
