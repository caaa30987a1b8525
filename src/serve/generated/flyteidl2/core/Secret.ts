// Original file: proto/flyteidl2/core/security.proto


// Original file: proto/flyteidl2/core/security.proto

export const _flyteidl2_core_Secret_MountType = {
  ANY: 'ANY',
  ENV_VAR: 'ENV_VAR',
  FILE: 'FILE',
} as const;

export type _flyteidl2_core_Secret_MountType =
  | 'ANY'
  | 0
  | 'ENV_VAR'
  | 1
  | 'FILE'
  | 2

export type _flyteidl2_core_Secret_MountType__Output = typeof _flyteidl2_core_Secret_MountType[keyof typeof _flyteidl2_core_Secret_MountType]

export interface Secret {
  'group'?: (string);
  'group_version'?: (string);
  'key'?: (string);
  'mount_requirement'?: (_flyteidl2_core_Secret_MountType);
  'env_var'?: (string);
}

export interface Secret__Output {
  'group': (string);
  'group_version': (string);
  'key': (string);
  'mount_requirement': (_flyteidl2_core_Secret_MountType__Output);
  'env_var': (string);
}
