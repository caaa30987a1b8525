// Original file: proto/flyteidl2/common/identifier.proto

import type { TriggerName as _flyteidl2_common_TriggerName, TriggerName__Output as _flyteidl2_common_TriggerName__Output } from '../../flyteidl2/common/TriggerName.js';
import type { Long } from '@grpc/proto-loader';

export interface TriggerIdentifier {
  'name'?: (_flyteidl2_common_TriggerName | null);
  'revision'?: (number | string | Long);
}

export interface TriggerIdentifier__Output {
  'name': (_flyteidl2_common_TriggerName__Output | null);
  'revision': (string);
}
