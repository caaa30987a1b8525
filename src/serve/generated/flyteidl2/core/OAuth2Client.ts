// Original file: proto/flyteidl2/core/security.proto

import type { Secret as _flyteidl2_core_Secret, Secret__Output as _flyteidl2_core_Secret__Output } from '../../flyteidl2/core/Secret.js';

export interface OAuth2Client {
  'client_id'?: (string);
  'client_secret'?: (_flyteidl2_core_Secret | null);
}

export interface OAuth2Client__Output {
  'client_id': (string);
  'client_secret': (_flyteidl2_core_Secret__Output | null);
}
