// Original file: proto/flyteidl2/logs/dataplane/payload.proto

import type { ContainerIdentifier as _flyteidl2_logs_dataplane_ContainerIdentifier, ContainerIdentifier__Output as _flyteidl2_logs_dataplane_ContainerIdentifier__Output } from '../../../flyteidl2/logs/dataplane/ContainerIdentifier.js';

export interface LogContainersList {
  'containers'?: (_flyteidl2_logs_dataplane_ContainerIdentifier)[];
}

export interface LogContainersList__Output {
  'containers': (_flyteidl2_logs_dataplane_ContainerIdentifier__Output)[];
}
