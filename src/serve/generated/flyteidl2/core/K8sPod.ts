// Original file: proto/flyteidl2/core/tasks.proto

import type { K8sObjectMetadata as _flyteidl2_core_K8sObjectMetadata, K8sObjectMetadata__Output as _flyteidl2_core_K8sObjectMetadata__Output } from '../../flyteidl2/core/K8sObjectMetadata.js';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.js';
import type { DataLoadingConfig as _flyteidl2_core_DataLoadingConfig, DataLoadingConfig__Output as _flyteidl2_core_DataLoadingConfig__Output } from '../../flyteidl2/core/DataLoadingConfig.js';

export interface K8sPod {
  'metadata'?: (_flyteidl2_core_K8sObjectMetadata | null);
  'pod_spec'?: (_google_protobuf_Struct | null);
  'data_config'?: (_flyteidl2_core_DataLoadingConfig | null);
  'primary_container_name'?: (string);
}

export interface K8sPod__Output {
  'metadata': (_flyteidl2_core_K8sObjectMetadata__Output | null);
  'pod_spec': (_google_protobuf_Struct__Output | null);
  'data_config': (_flyteidl2_core_DataLoadingConfig__Output | null);
  'primary_container_name': (string);
}
