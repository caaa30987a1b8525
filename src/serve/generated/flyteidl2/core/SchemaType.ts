// Original file: proto/flyteidl2/core/types.proto


export interface _flyteidl2_core_SchemaType_SchemaColumn {
  'name'?: (string);
  'type'?: (_flyteidl2_core_SchemaType_SchemaColumn_SchemaColumnType);
}

export interface _flyteidl2_core_SchemaType_SchemaColumn__Output {
  'name': (string);
  'type': (_flyteidl2_core_SchemaType_SchemaColumn_SchemaColumnType__Output);
}

// Original file: proto/flyteidl2/core/types.proto

export const _flyteidl2_core_SchemaType_SchemaColumn_SchemaColumnType = {
  INTEGER: 'INTEGER',
  FLOAT: 'FLOAT',
  STRING: 'STRING',
  BOOLEAN: 'BOOLEAN',
  DATETIME: 'DATETIME',
  DURATION: 'DURATION',
} as const;

export type _flyteidl2_core_SchemaType_SchemaColumn_SchemaColumnType =
  | 'INTEGER'
  | 0
  | 'FLOAT'
  | 1
  | 'STRING'
  | 2
  | 'BOOLEAN'
  | 3
  | 'DATETIME'
  | 4
  | 'DURATION'
  | 5

export type _flyteidl2_core_SchemaType_SchemaColumn_SchemaColumnType__Output = typeof _flyteidl2_core_SchemaType_SchemaColumn_SchemaColumnType[keyof typeof _flyteidl2_core_SchemaType_SchemaColumn_SchemaColumnType]

export interface SchemaType {
  'columns'?: (_flyteidl2_core_SchemaType_SchemaColumn)[];
}

export interface SchemaType__Output {
  'columns': (_flyteidl2_core_SchemaType_SchemaColumn__Output)[];
}
