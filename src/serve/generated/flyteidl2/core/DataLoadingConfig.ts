// Original file: proto/flyteidl2/core/tasks.proto

import type { IOStrategy as _flyteidl2_core_IOStrategy, IOStrategy__Output as _flyteidl2_core_IOStrategy__Output } from '../../flyteidl2/core/IOStrategy.js';

// Original file: proto/flyteidl2/core/tasks.proto

export const _flyteidl2_core_DataLoadingConfig_LiteralMapFormat = {
  JSON: 'JSON',
  YAML: 'YAML',
  PROTO: 'PROTO',
} as const;

export type _flyteidl2_core_DataLoadingConfig_LiteralMapFormat =
  | 'JSON'
  | 0
  | 'YAML'
  | 1
  | 'PROTO'
  | 2

export type _flyteidl2_core_DataLoadingConfig_LiteralMapFormat__Output = typeof _flyteidl2_core_DataLoadingConfig_LiteralMapFormat[keyof typeof _flyteidl2_core_DataLoadingConfig_LiteralMapFormat]

export interface DataLoadingConfig {
  'enabled'?: (boolean);
  'input_path'?: (string);
  'output_path'?: (string);
  'format'?: (_flyteidl2_core_DataLoadingConfig_LiteralMapFormat);
  'io_strategy'?: (_flyteidl2_core_IOStrategy | null);
}

export interface DataLoadingConfig__Output {
  'enabled': (boolean);
  'input_path': (string);
  'output_path': (string);
  'format': (_flyteidl2_core_DataLoadingConfig_LiteralMapFormat__Output);
  'io_strategy': (_flyteidl2_core_IOStrategy__Output | null);
}
