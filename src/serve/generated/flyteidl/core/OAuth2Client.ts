// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/security.proto

import type { Secret as _flyteidl_core_Secret, Secret__Output as _flyteidl_core_Secret__Output } from '../../flyteidl/core/Secret.js';

export interface OAuth2Client {
  'client_id'?: (string);
  'client_secret'?: (_flyteidl_core_Secret | null);
}

export interface OAuth2Client__Output {
  'client_id': (string);
  'client_secret': (_flyteidl_core_Secret__Output | null);
}
