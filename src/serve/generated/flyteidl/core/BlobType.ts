// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/types.proto


// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/types.proto

export const _flyteidl_core_BlobType_BlobDimensionality = {
  SINGLE: 'SINGLE',
  MULTIPART: 'MULTIPART',
} as const;

export type _flyteidl_core_BlobType_BlobDimensionality =
  | 'SINGLE'
  | 0
  | 'MULTIPART'
  | 1

export type _flyteidl_core_BlobType_BlobDimensionality__Output = typeof _flyteidl_core_BlobType_BlobDimensionality[keyof typeof _flyteidl_core_BlobType_BlobDimensionality]

export interface BlobType {
  'format'?: (string);
  'dimensionality'?: (_flyteidl_core_BlobType_BlobDimensionality);
}

export interface BlobType__Output {
  'format': (string);
  'dimensionality': (_flyteidl_core_BlobType_BlobDimensionality__Output);
}
