// Original file: proto/flyteidl2/logs/dataplane/payload.proto

export const LogLineOriginator = {
  UNKNOWN: 'UNKNOWN',
  USER: 'USER',
  SYSTEM: 'SYSTEM',
} as const;

export type LogLineOriginator =
  | 'UNKNOWN'
  | 0
  | 'USER'
  | 1
  | 'SYSTEM'
  | 2

export type LogLineOriginator__Output = typeof LogLineOriginator[keyof typeof LogLineOriginator]
