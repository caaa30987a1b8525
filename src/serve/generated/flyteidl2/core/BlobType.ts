// Original file: proto/flyteidl2/core/types.proto


// Original file: proto/flyteidl2/core/types.proto

export const _flyteidl2_core_BlobType_BlobDimensionality = {
  SINGLE: 'SINGLE',
  MULTIPART: 'MULTIPART',
} as const;

export type _flyteidl2_core_BlobType_BlobDimensionality =
  | 'SINGLE'
  | 0
  | 'MULTIPART'
  | 1

export type _flyteidl2_core_BlobType_BlobDimensionality__Output = typeof _flyteidl2_core_BlobType_BlobDimensionality[keyof typeof _flyteidl2_core_BlobType_BlobDimensionality]

export interface BlobType {
  'format'?: (string);
  'dimensionality'?: (_flyteidl2_core_BlobType_BlobDimensionality);
}

export interface BlobType__Output {
  'format': (string);
  'dimensionality': (_flyteidl2_core_BlobType_BlobDimensionality__Output);
}
