// Original file: proto/flyteidl2/common/identifier.proto

import type { OrgIdentifier as _flyteidl2_common_OrgIdentifier, OrgIdentifier__Output as _flyteidl2_common_OrgIdentifier__Output } from '../../flyteidl2/common/OrgIdentifier.js';

export interface ManagedClusterIdentifier {
  'name'?: (string);
  'org'?: (_flyteidl2_common_OrgIdentifier | null);
}

export interface ManagedClusterIdentifier__Output {
  'name': (string);
  'org': (_flyteidl2_common_OrgIdentifier__Output | null);
}
