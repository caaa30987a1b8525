// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/tasks.proto

import type { Resources as _flyteidl_core_Resources, Resources__Output as _flyteidl_core_Resources__Output } from '../../flyteidl/core/Resources.js';
import type { KeyValuePair as _flyteidl_core_KeyValuePair, KeyValuePair__Output as _flyteidl_core_KeyValuePair__Output } from '../../flyteidl/core/KeyValuePair.js';
import type { ContainerPort as _flyteidl_core_ContainerPort, ContainerPort__Output as _flyteidl_core_ContainerPort__Output } from '../../flyteidl/core/ContainerPort.js';
import type { DataLoadingConfig as _flyteidl_core_DataLoadingConfig, DataLoadingConfig__Output as _flyteidl_core_DataLoadingConfig__Output } from '../../flyteidl/core/DataLoadingConfig.js';

// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/tasks.proto

export const _flyteidl_core_Container_Architecture = {
  UNKNOWN: 'UNKNOWN',
  AMD64: 'AMD64',
  ARM64: 'ARM64',
  ARM_V6: 'ARM_V6',
  ARM_V7: 'ARM_V7',
} as const;

export type _flyteidl_core_Container_Architecture =
  | 'UNKNOWN'
  | 0
  | 'AMD64'
  | 1
  | 'ARM64'
  | 2
  | 'ARM_V6'
  | 3
  | 'ARM_V7'
  | 4

export type _flyteidl_core_Container_Architecture__Output = typeof _flyteidl_core_Container_Architecture[keyof typeof _flyteidl_core_Container_Architecture]

export interface Container {
  'image'?: (string);
  'command'?: (string)[];
  'args'?: (string)[];
  'resources'?: (_flyteidl_core_Resources | null);
  'env'?: (_flyteidl_core_KeyValuePair)[];
  'config'?: (_flyteidl_core_KeyValuePair)[];
  'ports'?: (_flyteidl_core_ContainerPort)[];
  'data_config'?: (_flyteidl_core_DataLoadingConfig | null);
  'architecture'?: (_flyteidl_core_Container_Architecture);
}

export interface Container__Output {
  'image': (string);
  'command': (string)[];
  'args': (string)[];
  'resources': (_flyteidl_core_Resources__Output | null);
  'env': (_flyteidl_core_KeyValuePair__Output)[];
  'config': (_flyteidl_core_KeyValuePair__Output)[];
  'ports': (_flyteidl_core_ContainerPort__Output)[];
  'data_config': (_flyteidl_core_DataLoadingConfig__Output | null);
  'architecture': (_flyteidl_core_Container_Architecture__Output);
}
