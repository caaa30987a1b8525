// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/tasks.proto

import type { IOStrategy as _flyteidl_core_IOStrategy, IOStrategy__Output as _flyteidl_core_IOStrategy__Output } from '../../flyteidl/core/IOStrategy.js';

// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/tasks.proto

export const _flyteidl_core_DataLoadingConfig_LiteralMapFormat = {
  JSON: 'JSON',
  YAML: 'YAML',
  PROTO: 'PROTO',
} as const;

export type _flyteidl_core_DataLoadingConfig_LiteralMapFormat =
  | 'JSON'
  | 0
  | 'YAML'
  | 1
  | 'PROTO'
  | 2

export type _flyteidl_core_DataLoadingConfig_LiteralMapFormat__Output = typeof _flyteidl_core_DataLoadingConfig_LiteralMapFormat[keyof typeof _flyteidl_core_DataLoadingConfig_LiteralMapFormat]

export interface DataLoadingConfig {
  'enabled'?: (boolean);
  'input_path'?: (string);
  'output_path'?: (string);
  'format'?: (_flyteidl_core_DataLoadingConfig_LiteralMapFormat);
  'io_strategy'?: (_flyteidl_core_IOStrategy | null);
}

export interface DataLoadingConfig__Output {
  'enabled': (boolean);
  'input_path': (string);
  'output_path': (string);
  'format': (_flyteidl_core_DataLoadingConfig_LiteralMapFormat__Output);
  'io_strategy': (_flyteidl_core_IOStrategy__Output | null);
}
