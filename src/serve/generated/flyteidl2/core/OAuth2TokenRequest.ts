// Original file: proto/flyteidl2/core/security.proto

import type { OAuth2Client as _flyteidl2_core_OAuth2Client, OAuth2Client__Output as _flyteidl2_core_OAuth2Client__Output } from '../../flyteidl2/core/OAuth2Client.js';

// Original file: proto/flyteidl2/core/security.proto

export const _flyteidl2_core_OAuth2TokenRequest_Type = {
  CLIENT_CREDENTIALS: 'CLIENT_CREDENTIALS',
} as const;

export type _flyteidl2_core_OAuth2TokenRequest_Type =
  | 'CLIENT_CREDENTIALS'
  | 0

export type _flyteidl2_core_OAuth2TokenRequest_Type__Output = typeof _flyteidl2_core_OAuth2TokenRequest_Type[keyof typeof _flyteidl2_core_OAuth2TokenRequest_Type]

export interface OAuth2TokenRequest {
  'name'?: (string);
  'type'?: (_flyteidl2_core_OAuth2TokenRequest_Type);
  'client'?: (_flyteidl2_core_OAuth2Client | null);
  'idp_discovery_endpoint'?: (string);
  'token_endpoint'?: (string);
}

export interface OAuth2TokenRequest__Output {
  'name': (string);
  'type': (_flyteidl2_core_OAuth2TokenRequest_Type__Output);
  'client': (_flyteidl2_core_OAuth2Client__Output | null);
  'idp_discovery_endpoint': (string);
  'token_endpoint': (string);
}
