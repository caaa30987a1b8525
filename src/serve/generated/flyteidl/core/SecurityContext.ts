// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/security.proto

import type { Identity as _flyteidl_core_Identity, Identity__Output as _flyteidl_core_Identity__Output } from '../../flyteidl/core/Identity.js';
import type { Secret as _flyteidl_core_Secret, Secret__Output as _flyteidl_core_Secret__Output } from '../../flyteidl/core/Secret.js';
import type { OAuth2TokenRequest as _flyteidl_core_OAuth2TokenRequest, OAuth2TokenRequest__Output as _flyteidl_core_OAuth2TokenRequest__Output } from '../../flyteidl/core/OAuth2TokenRequest.js';

export interface SecurityContext {
  'run_as'?: (_flyteidl_core_Identity | null);
  'secrets'?: (_flyteidl_core_Secret)[];
  'tokens'?: (_flyteidl_core_OAuth2TokenRequest)[];
}

export interface SecurityContext__Output {
  'run_as': (_flyteidl_core_Identity__Output | null);
  'secrets': (_flyteidl_core_Secret__Output)[];
  'tokens': (_flyteidl_core_OAuth2TokenRequest__Output)[];
}
