// Original file: proto/flyteidl2/core/execution.proto

import type { QualityOfServiceSpec as _flyteidl2_core_QualityOfServiceSpec, QualityOfServiceSpec__Output as _flyteidl2_core_QualityOfServiceSpec__Output } from '../../flyteidl2/core/QualityOfServiceSpec.js';

// Original file: proto/flyteidl2/core/execution.proto

export const _flyteidl2_core_QualityOfService_Tier = {
  UNDEFINED: 'UNDEFINED',
  HIGH: 'HIGH',
  MEDIUM: 'MEDIUM',
  LOW: 'LOW',
} as const;

export type _flyteidl2_core_QualityOfService_Tier =
  | 'UNDEFINED'
  | 0
  | 'HIGH'
  | 1
  | 'MEDIUM'
  | 2
  | 'LOW'
  | 3

export type _flyteidl2_core_QualityOfService_Tier__Output = typeof _flyteidl2_core_QualityOfService_Tier[keyof typeof _flyteidl2_core_QualityOfService_Tier]

export interface QualityOfService {
  'tier'?: (_flyteidl2_core_QualityOfService_Tier);
  'spec'?: (_flyteidl2_core_QualityOfServiceSpec | null);
  'designation'?: "tier"|"spec";
}

export interface QualityOfService__Output {
  'tier'?: (_flyteidl2_core_QualityOfService_Tier__Output);
  'spec'?: (_flyteidl2_core_QualityOfServiceSpec__Output | null);
  'designation'?: "tier"|"spec";
}
