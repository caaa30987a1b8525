// Original file: proto/flyteidl2/core/tasks.proto


// Original file: proto/flyteidl2/core/tasks.proto

export const _flyteidl2_core_IOStrategy_DownloadMode = {
  DOWNLOAD_EAGER: 'DOWNLOAD_EAGER',
  DOWNLOAD_STREAM: 'DOWNLOAD_STREAM',
  DO_NOT_DOWNLOAD: 'DO_NOT_DOWNLOAD',
} as const;

export type _flyteidl2_core_IOStrategy_DownloadMode =
  | 'DOWNLOAD_EAGER'
  | 0
  | 'DOWNLOAD_STREAM'
  | 1
  | 'DO_NOT_DOWNLOAD'
  | 2

export type _flyteidl2_core_IOStrategy_DownloadMode__Output = typeof _flyteidl2_core_IOStrategy_DownloadMode[keyof typeof _flyteidl2_core_IOStrategy_DownloadMode]

// Original file: proto/flyteidl2/core/tasks.proto

export const _flyteidl2_core_IOStrategy_UploadMode = {
  UPLOAD_ON_EXIT: 'UPLOAD_ON_EXIT',
  UPLOAD_EAGER: 'UPLOAD_EAGER',
  DO_NOT_UPLOAD: 'DO_NOT_UPLOAD',
} as const;

export type _flyteidl2_core_IOStrategy_UploadMode =
  | 'UPLOAD_ON_EXIT'
  | 0
  | 'UPLOAD_EAGER'
  | 1
  | 'DO_NOT_UPLOAD'
  | 2

export type _flyteidl2_core_IOStrategy_UploadMode__Output = typeof _flyteidl2_core_IOStrategy_UploadMode[keyof typeof _flyteidl2_core_IOStrategy_UploadMode]

export interface IOStrategy {
  'download_mode'?: (_flyteidl2_core_IOStrategy_DownloadMode);
  'upload_mode'?: (_flyteidl2_core_IOStrategy_UploadMode);
}

export interface IOStrategy__Output {
  'download_mode': (_flyteidl2_core_IOStrategy_DownloadMode__Output);
  'upload_mode': (_flyteidl2_core_IOStrategy_UploadMode__Output);
}
