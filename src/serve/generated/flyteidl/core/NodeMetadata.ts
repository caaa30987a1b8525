// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/workflow.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration.js';
import type { RetryStrategy as _flyteidl_core_RetryStrategy, RetryStrategy__Output as _flyteidl_core_RetryStrategy__Output } from '../../flyteidl/core/RetryStrategy.js';

export interface NodeMetadata {
  'name'?: (string);
  'timeout'?: (_google_protobuf_Duration | null);
  'retries'?: (_flyteidl_core_RetryStrategy | null);
  'interruptible'?: (boolean);
  'cacheable'?: (boolean);
  'cache_version'?: (string);
  'cache_serializable'?: (boolean);
  'config'?: ({[key: string]: string});
  'interruptible_value'?: "interruptible";
  'cacheable_value'?: "cacheable";
  'cache_version_value'?: "cache_version";
  'cache_serializable_value'?: "cache_serializable";
}

export interface NodeMetadata__Output {
  'name': (string);
  'timeout': (_google_protobuf_Duration__Output | null);
  'retries': (_flyteidl_core_RetryStrategy__Output | null);
  'interruptible'?: (boolean);
  'cacheable'?: (boolean);
  'cache_version'?: (string);
  'cache_serializable'?: (boolean);
  'config': ({[key: string]: string});
  'interruptible_value'?: "interruptible";
  'cacheable_value'?: "cacheable";
  'cache_version_value'?: "cache_version";
  'cache_serializable_value'?: "cache_serializable";
}
