// Original file: proto/flyteidl2/logs/dataplane/payload.proto

export const LogsSource = {
  LIVE_OR_PERSISTED: 'LIVE_OR_PERSISTED',
  LIVE_ONLY: 'LIVE_ONLY',
  PERSISTED_ONLY: 'PERSISTED_ONLY',
} as const;

export type LogsSource =
  | 'LIVE_OR_PERSISTED'
  | 0
  | 'LIVE_ONLY'
  | 1
  | 'PERSISTED_ONLY'
  | 2

export type LogsSource__Output = typeof LogsSource[keyof typeof LogsSource]
