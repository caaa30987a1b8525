// Original file: proto/flyteidl2/common/list.proto


// Original file: proto/flyteidl2/common/list.proto

export const _flyteidl2_common_Sort_Direction = {
  DESCENDING: 'DESCENDING',
  ASCENDING: 'ASCENDING',
} as const;

export type _flyteidl2_common_Sort_Direction =
  | 'DESCENDING'
  | 0
  | 'ASCENDING'
  | 1

export type _flyteidl2_common_Sort_Direction__Output = typeof _flyteidl2_common_Sort_Direction[keyof typeof _flyteidl2_common_Sort_Direction]

export interface Sort {
  'key'?: (string);
  'direction'?: (_flyteidl2_common_Sort_Direction);
}

export interface Sort__Output {
  'key': (string);
  'direction': (_flyteidl2_common_Sort_Direction__Output);
}
