// Original file: proto/flyteidl2/core/security.proto

import type { OAuth2Client as _flyteidl2_core_OAuth2Client, OAuth2Client__Output as _flyteidl2_core_OAuth2Client__Output } from '../../flyteidl2/core/OAuth2Client.js';

export interface Identity {
  'iam_role'?: (string);
  'k8s_service_account'?: (string);
  'oauth2_client'?: (_flyteidl2_core_OAuth2Client | null);
  'execution_identity'?: (string);
}

export interface Identity__Output {
  'iam_role': (string);
  'k8s_service_account': (string);
  'oauth2_client': (_flyteidl2_core_OAuth2Client__Output | null);
  'execution_identity': (string);
}
