// Original file: proto/flyteidl2/core/tasks.proto


export interface _flyteidl2_core_Resources_ResourceEntry {
  'name'?: (_flyteidl2_core_Resources_ResourceName);
  'value'?: (string);
}

export interface _flyteidl2_core_Resources_ResourceEntry__Output {
  'name': (_flyteidl2_core_Resources_ResourceName__Output);
  'value': (string);
}

// Original file: proto/flyteidl2/core/tasks.proto

export const _flyteidl2_core_Resources_ResourceName = {
  UNKNOWN: 'UNKNOWN',
  CPU: 'CPU',
  GPU: 'GPU',
  MEMORY: 'MEMORY',
  STORAGE: 'STORAGE',
  EPHEMERAL_STORAGE: 'EPHEMERAL_STORAGE',
} as const;

export type _flyteidl2_core_Resources_ResourceName =
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

export type _flyteidl2_core_Resources_ResourceName__Output = typeof _flyteidl2_core_Resources_ResourceName[keyof typeof _flyteidl2_core_Resources_ResourceName]

export interface Resources {
  'requests'?: (_flyteidl2_core_Resources_ResourceEntry)[];
  'limits'?: (_flyteidl2_core_Resources_ResourceEntry)[];
}

export interface Resources__Output {
  'requests': (_flyteidl2_core_Resources_ResourceEntry__Output)[];
  'limits': (_flyteidl2_core_Resources_ResourceEntry__Output)[];
}
