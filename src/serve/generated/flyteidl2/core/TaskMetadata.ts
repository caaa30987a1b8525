// Original file: proto/flyteidl2/core/tasks.proto

import type { RuntimeMetadata as _flyteidl2_core_RuntimeMetadata, RuntimeMetadata__Output as _flyteidl2_core_RuntimeMetadata__Output } from '../../flyteidl2/core/RuntimeMetadata.js';
import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration.js';
import type { RetryStrategy as _flyteidl2_core_RetryStrategy, RetryStrategy__Output as _flyteidl2_core_RetryStrategy__Output } from '../../flyteidl2/core/RetryStrategy.js';
import type { BoolValue as _google_protobuf_BoolValue, BoolValue__Output as _google_protobuf_BoolValue__Output } from '../../google/protobuf/BoolValue.js';
import type { K8sObjectMetadata as _flyteidl2_core_K8sObjectMetadata, K8sObjectMetadata__Output as _flyteidl2_core_K8sObjectMetadata__Output } from '../../flyteidl2/core/K8sObjectMetadata.js';
import type { TaskLog as _flyteidl2_core_TaskLog, TaskLog__Output as _flyteidl2_core_TaskLog__Output } from '../../flyteidl2/core/TaskLog.js';
import type { RunIdentifier as _flyteidl2_common_RunIdentifier, RunIdentifier__Output as _flyteidl2_common_RunIdentifier__Output } from '../../flyteidl2/common/RunIdentifier.js';
import type { TimeoutStrategy as _flyteidl2_core_TimeoutStrategy, TimeoutStrategy__Output as _flyteidl2_core_TimeoutStrategy__Output } from '../../flyteidl2/core/TimeoutStrategy.js';

export interface TaskMetadata {
  'discoverable'?: (boolean);
  'runtime'?: (_flyteidl2_core_RuntimeMetadata | null);
  'timeout'?: (_google_protobuf_Duration | null);
  'retries'?: (_flyteidl2_core_RetryStrategy | null);
  'discovery_version'?: (string);
  'deprecated_error_message'?: (string);
  'interruptible'?: (boolean);
  'cache_serializable'?: (boolean);
  'tags'?: ({[key: string]: string});
  'pod_template_name'?: (string);
  'cache_ignore_input_vars'?: (string)[];
  'is_eager'?: (boolean);
  'generates_deck'?: (_google_protobuf_BoolValue | null);
  'metadata'?: (_flyteidl2_core_K8sObjectMetadata | null);
  'debuggable'?: (boolean);
  'log_links'?: (_flyteidl2_core_TaskLog)[];
  'image_build_run'?: (_flyteidl2_common_RunIdentifier | null);
  'is_entrypoint'?: (boolean);
  'code_bundle_uri'?: (string);
  'timeouts'?: (_flyteidl2_core_TimeoutStrategy | null);
  'interruptible_value'?: "interruptible";
}

export interface TaskMetadata__Output {
  'discoverable': (boolean);
  'runtime': (_flyteidl2_core_RuntimeMetadata__Output | null);
  'timeout': (_google_protobuf_Duration__Output | null);
  'retries': (_flyteidl2_core_RetryStrategy__Output | null);
  'discovery_version': (string);
  'deprecated_error_message': (string);
  'interruptible'?: (boolean);
  'cache_serializable': (boolean);
  'tags': ({[key: string]: string});
  'pod_template_name': (string);
  'cache_ignore_input_vars': (string)[];
  'is_eager': (boolean);
  'generates_deck': (_google_protobuf_BoolValue__Output | null);
  'metadata': (_flyteidl2_core_K8sObjectMetadata__Output | null);
  'debuggable': (boolean);
  'log_links': (_flyteidl2_core_TaskLog__Output)[];
  'image_build_run': (_flyteidl2_common_RunIdentifier__Output | null);
  'is_entrypoint': (boolean);
  'code_bundle_uri': (string);
  'timeouts': (_flyteidl2_core_TimeoutStrategy__Output | null);
  'interruptible_value'?: "interruptible";
}
