// Original file: proto/flyteidl2/core/security.proto

import type { Identity as _flyteidl2_core_Identity, Identity__Output as _flyteidl2_core_Identity__Output } from '../../flyteidl2/core/Identity.js';
import type { Secret as _flyteidl2_core_Secret, Secret__Output as _flyteidl2_core_Secret__Output } from '../../flyteidl2/core/Secret.js';
import type { OAuth2TokenRequest as _flyteidl2_core_OAuth2TokenRequest, OAuth2TokenRequest__Output as _flyteidl2_core_OAuth2TokenRequest__Output } from '../../flyteidl2/core/OAuth2TokenRequest.js';

export interface SecurityContext {
  'run_as'?: (_flyteidl2_core_Identity | null);
  'secrets'?: (_flyteidl2_core_Secret)[];
  'tokens'?: (_flyteidl2_core_OAuth2TokenRequest)[];
}

export interface SecurityContext__Output {
  'run_as': (_flyteidl2_core_Identity__Output | null);
  'secrets': (_flyteidl2_core_Secret__Output)[];
  'tokens': (_flyteidl2_core_OAuth2TokenRequest__Output)[];
}
