// Original file: proto/flyteidl2/core/tasks.proto


// Original file: proto/flyteidl2/core/tasks.proto

export const _flyteidl2_core_RuntimeMetadata_RuntimeType = {
  OTHER: 'OTHER',
  FLYTE_SDK: 'FLYTE_SDK',
} as const;

export type _flyteidl2_core_RuntimeMetadata_RuntimeType =
  | 'OTHER'
  | 0
  | 'FLYTE_SDK'
  | 1

export type _flyteidl2_core_RuntimeMetadata_RuntimeType__Output = typeof _flyteidl2_core_RuntimeMetadata_RuntimeType[keyof typeof _flyteidl2_core_RuntimeMetadata_RuntimeType]

export interface RuntimeMetadata {
  'type'?: (_flyteidl2_core_RuntimeMetadata_RuntimeType);
  'version'?: (string);
  'flavor'?: (string);
}

export interface RuntimeMetadata__Output {
  'type': (_flyteidl2_core_RuntimeMetadata_RuntimeType__Output);
  'version': (string);
  'flavor': (string);
}
