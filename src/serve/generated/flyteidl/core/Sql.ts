// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/tasks.proto


// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/tasks.proto

export const _flyteidl_core_Sql_Dialect = {
  UNDEFINED: 'UNDEFINED',
  ANSI: 'ANSI',
  HIVE: 'HIVE',
  OTHER: 'OTHER',
} as const;

export type _flyteidl_core_Sql_Dialect =
  | 'UNDEFINED'
  | 0
  | 'ANSI'
  | 1
  | 'HIVE'
  | 2
  | 'OTHER'
  | 3

export type _flyteidl_core_Sql_Dialect__Output = typeof _flyteidl_core_Sql_Dialect[keyof typeof _flyteidl_core_Sql_Dialect]

export interface Sql {
  'statement'?: (string);
  'dialect'?: (_flyteidl_core_Sql_Dialect);
}

export interface Sql__Output {
  'statement': (string);
  'dialect': (_flyteidl_core_Sql_Dialect__Output);
}
