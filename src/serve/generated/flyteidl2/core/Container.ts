// Original file: proto/flyteidl2/core/tasks.proto

import type { Resources as _flyteidl2_core_Resources, Resources__Output as _flyteidl2_core_Resources__Output } from '../../flyteidl2/core/Resources.js';
import type { KeyValuePair as _flyteidl2_core_KeyValuePair, KeyValuePair__Output as _flyteidl2_core_KeyValuePair__Output } from '../../flyteidl2/core/KeyValuePair.js';
import type { ContainerPort as _flyteidl2_core_ContainerPort, ContainerPort__Output as _flyteidl2_core_ContainerPort__Output } from '../../flyteidl2/core/ContainerPort.js';
import type { DataLoadingConfig as _flyteidl2_core_DataLoadingConfig, DataLoadingConfig__Output as _flyteidl2_core_DataLoadingConfig__Output } from '../../flyteidl2/core/DataLoadingConfig.js';

// Original file: proto/flyteidl2/core/tasks.proto

export const _flyteidl2_core_Container_Architecture = {
  UNKNOWN: 'UNKNOWN',
  AMD64: 'AMD64',
  ARM64: 'ARM64',
  ARM_V6: 'ARM_V6',
  ARM_V7: 'ARM_V7',
} as const;

export type _flyteidl2_core_Container_Architecture =
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

export type _flyteidl2_core_Container_Architecture__Output = typeof _flyteidl2_core_Container_Architecture[keyof typeof _flyteidl2_core_Container_Architecture]

export interface Container {
  'image'?: (string);
  'command'?: (string)[];
  'args'?: (string)[];
  'resources'?: (_flyteidl2_core_Resources | null);
  'env'?: (_flyteidl2_core_KeyValuePair)[];
  'config'?: (_flyteidl2_core_KeyValuePair)[];
  'ports'?: (_flyteidl2_core_ContainerPort)[];
  'data_config'?: (_flyteidl2_core_DataLoadingConfig | null);
  'architecture'?: (_flyteidl2_core_Container_Architecture);
}

export interface Container__Output {
  'image': (string);
  'command': (string)[];
  'args': (string)[];
  'resources': (_flyteidl2_core_Resources__Output | null);
  'env': (_flyteidl2_core_KeyValuePair__Output)[];
  'config': (_flyteidl2_core_KeyValuePair__Output)[];
  'ports': (_flyteidl2_core_ContainerPort__Output)[];
  'data_config': (_flyteidl2_core_DataLoadingConfig__Output | null);
  'architecture': (_flyteidl2_core_Container_Architecture__Output);
}
