// Original file: proto/flyteidl2/core/tasks.proto


// Original file: proto/flyteidl2/core/tasks.proto

export const _flyteidl2_core_Sql_Dialect = {
  UNDEFINED: 'UNDEFINED',
  ANSI: 'ANSI',
  HIVE: 'HIVE',
  OTHER: 'OTHER',
} as const;

export type _flyteidl2_core_Sql_Dialect =
  | 'UNDEFINED'
  | 0
  | 'ANSI'
  | 1
  | 'HIVE'
  | 2
  | 'OTHER'
  | 3

export type _flyteidl2_core_Sql_Dialect__Output = typeof _flyteidl2_core_Sql_Dialect[keyof typeof _flyteidl2_core_Sql_Dialect]

export interface Sql {
  'statement'?: (string);
  'dialect'?: (_flyteidl2_core_Sql_Dialect);
}

export interface Sql__Output {
  'statement': (string);
  'dialect': (_flyteidl2_core_Sql_Dialect__Output);
}
