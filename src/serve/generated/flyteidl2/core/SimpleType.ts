// Original file: proto/flyteidl2/core/types.proto

export const SimpleType = {
  NONE: 'NONE',
  INTEGER: 'INTEGER',
  FLOAT: 'FLOAT',
  STRING: 'STRING',
  BOOLEAN: 'BOOLEAN',
  DATETIME: 'DATETIME',
  DURATION: 'DURATION',
  BINARY: 'BINARY',
  ERROR: 'ERROR',
  STRUCT: 'STRUCT',
} as const;

export type SimpleType =
  | 'NONE'
  | 0
  | 'INTEGER'
  | 1
  | 'FLOAT'
  | 2
  | 'STRING'
  | 3
  | 'BOOLEAN'
  | 4
  | 'DATETIME'
  | 5
  | 'DURATION'
  | 6
  | 'BINARY'
  | 7
  | 'ERROR'
  | 8
  | 'STRUCT'
  | 9

export type SimpleType__Output = typeof SimpleType[keyof typeof SimpleType]
