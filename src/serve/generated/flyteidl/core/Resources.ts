// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/tasks.proto


export interface _flyteidl_core_Resources_ResourceEntry {
  'name'?: (_flyteidl_core_Resources_ResourceName);
  'value'?: (string);
}

export interface _flyteidl_core_Resources_ResourceEntry__Output {
  'name': (_flyteidl_core_Resources_ResourceName__Output);
  'value': (string);
}

// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/tasks.proto

export const _flyteidl_core_Resources_ResourceName = {
  UNKNOWN: 'UNKNOWN',
  CPU: 'CPU',
  GPU: 'GPU',
  MEMORY: 'MEMORY',
  STORAGE: 'STORAGE',
  EPHEMERAL_STORAGE: 'EPHEMERAL_STORAGE',
} as const;

export type _flyteidl_core_Resources_ResourceName =
  | 'UNKNOWN'
  | 0
  | 'CPU'
  | 1
  | 'GPU'
  | 2
  | 'MEMORY'
  | 3
  | 'STORAGE'
  | 4
  | 'EPHEMERAL_STORAGE'
  | 5

export type _flyteidl_core_Resources_ResourceName__Output = typeof _flyteidl_core_Resources_ResourceName[keyof typeof _flyteidl_core_Resources_ResourceName]

export interface Resources {
  'requests'?: (_flyteidl_core_Resources_ResourceEntry)[];
  'limits'?: (_flyteidl_core_Resources_ResourceEntry)[];
}

export interface Resources__Output {
  'requests': (_flyteidl_core_Resources_ResourceEntry__Output)[];
  'limits': (_flyteidl_core_Resources_ResourceEntry__Output)[];
}
