// Original file: proto/flyteidl2/common/list.proto


// Original file: proto/flyteidl2/common/list.proto

export const _flyteidl2_common_Filter_Function = {
  EQUAL: 'EQUAL',
  NOT_EQUAL: 'NOT_EQUAL',
  GREATER_THAN: 'GREATER_THAN',
  GREATER_THAN_OR_EQUAL: 'GREATER_THAN_OR_EQUAL',
  LESS_THAN: 'LESS_THAN',
  LESS_THAN_OR_EQUAL: 'LESS_THAN_OR_EQUAL',
  CONTAINS: 'CONTAINS',
  VALUE_IN: 'VALUE_IN',
  ENDS_WITH: 'ENDS_WITH',
  NOT_ENDS_WITH: 'NOT_ENDS_WITH',
  CONTAINS_CASE_INSENSITIVE: 'CONTAINS_CASE_INSENSITIVE',
} as const;

export type _flyteidl2_common_Filter_Function =
  | 'EQUAL'
  | 0
  | 'NOT_EQUAL'
  | 1
  | 'GREATER_THAN'
  | 2
  | 'GREATER_THAN_OR_EQUAL'
  | 3
  | 'LESS_THAN'
  | 4
  | 'LESS_THAN_OR_EQUAL'
  | 5
  | 'CONTAINS'
  | 6
  | 'VALUE_IN'
  | 7
  | 'ENDS_WITH'
  | 12
  | 'NOT_ENDS_WITH'
  | 13
  | 'CONTAINS_CASE_INSENSITIVE'
  | 14

export type _flyteidl2_common_Filter_Function__Output = typeof _flyteidl2_common_Filter_Function[keyof typeof _flyteidl2_common_Filter_Function]

export interface Filter {
  'function'?: (_flyteidl2_common_Filter_Function);
  'field'?: (string);
  'values'?: (string)[];
}

export interface Filter__Output {
  'function': (_flyteidl2_common_Filter_Function__Output);
  'field': (string);
  'values': (string)[];
}
