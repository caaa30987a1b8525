// Original file: proto/flyteidl2/common/identifier.proto

import type { ActionIdentifier as _flyteidl2_common_ActionIdentifier, ActionIdentifier__Output as _flyteidl2_common_ActionIdentifier__Output } from '../../flyteidl2/common/ActionIdentifier.js';

export interface ActionAttemptIdentifier {
  'action_id'?: (_flyteidl2_common_ActionIdentifier | null);
  'attempt'?: (number);
}

export interface ActionAttemptIdentifier__Output {
  'action_id': (_flyteidl2_common_ActionIdentifier__Output | null);
  'attempt': (number);
}
