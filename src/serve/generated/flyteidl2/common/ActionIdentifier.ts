// Original file: proto/flyteidl2/common/identifier.proto

import type { RunIdentifier as _flyteidl2_common_RunIdentifier, RunIdentifier__Output as _flyteidl2_common_RunIdentifier__Output } from '../../flyteidl2/common/RunIdentifier.js';

export interface ActionIdentifier {
  'run'?: (_flyteidl2_common_RunIdentifier | null);
  'name'?: (string);
}

export interface ActionIdentifier__Output {
  'run': (_flyteidl2_common_RunIdentifier__Output | null);
  'name': (string);
}
