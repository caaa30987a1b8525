// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/tasks.proto

import type { RuntimeMetadata as _flyteidl_core_RuntimeMetadata, RuntimeMetadata__Output as _flyteidl_core_RuntimeMetadata__Output } from '../../flyteidl/core/RuntimeMetadata.js';
import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration.js';
import type { RetryStrategy as _flyteidl_core_RetryStrategy, RetryStrategy__Output as _flyteidl_core_RetryStrategy__Output } from '../../flyteidl/core/RetryStrategy.js';
import type { BoolValue as _google_protobuf_BoolValue, BoolValue__Output as _google_protobuf_BoolValue__Output } from '../../google/protobuf/BoolValue.js';
import type { K8sObjectMetadata as _flyteidl_core_K8sObjectMetadata, K8sObjectMetadata__Output as _flyteidl_core_K8sObjectMetadata__Output } from '../../flyteidl/core/K8sObjectMetadata.js';

export interface TaskMetadata {
  'discoverable'?: (boolean);
  'runtime'?: (_flyteidl_core_RuntimeMetadata | null);
  'timeout'?: (_google_protobuf_Duration | null);
  'retries'?: (_flyteidl_core_RetryStrategy | null);
  'discovery_version'?: (string);
  'deprecated_error_message'?: (string);
  'interruptible'?: (boolean);
  'cache_serializable'?: (boolean);
  'tags'?: ({[key: string]: string});
  'pod_template_name'?: (string);
  'cache_ignore_input_vars'?: (string)[];
  'is_eager'?: (boolean);
  'generates_deck'?: (_google_protobuf_BoolValue | null);
  'metadata'?: (_flyteidl_core_K8sObjectMetadata | null);
  'interruptible_value'?: "interruptible";
}

export interface TaskMetadata__Output {
  'discoverable': (boolean);
  'runtime': (_flyteidl_core_RuntimeMetadata__Output | null);
  'timeout': (_google_protobuf_Duration__Output | null);
  'retries': (_flyteidl_core_RetryStrategy__Output | null);
  'discovery_version': (string);
  'deprecated_error_message': (string);
  'interruptible'?: (boolean);
  'cache_serializable': (boolean);
  'tags': ({[key: string]: string});
  'pod_template_name': (string);
  'cache_ignore_input_vars': (string)[];
  'is_eager': (boolean);
  'generates_deck': (_google_protobuf_BoolValue__Output | null);
  'metadata': (_flyteidl_core_K8sObjectMetadata__Output | null);
  'interruptible_value'?: "interruptible";
}
