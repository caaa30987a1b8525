// Original file: proto/flyteidl2/logs/dataplane/payload.proto

import type { ContainerIdentifier as _flyteidl2_logs_dataplane_ContainerIdentifier, ContainerIdentifier__Output as _flyteidl2_logs_dataplane_ContainerIdentifier__Output } from '../../../flyteidl2/logs/dataplane/ContainerIdentifier.js';
import type { LogLine as _flyteidl2_logs_dataplane_LogLine, LogLine__Output as _flyteidl2_logs_dataplane_LogLine__Output } from '../../../flyteidl2/logs/dataplane/LogLine.js';

export interface LogLines {
  'lines'?: (string)[];
  'container_index'?: (number);
  'container'?: (_flyteidl2_logs_dataplane_ContainerIdentifier | null);
  'structured_lines'?: (_flyteidl2_logs_dataplane_LogLine)[];
}

export interface LogLines__Output {
  'lines': (string)[];
  'container_index': (number);
  'container': (_flyteidl2_logs_dataplane_ContainerIdentifier__Output | null);
  'structured_lines': (_flyteidl2_logs_dataplane_LogLine__Output)[];
}
