// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/execution.proto

import type { QualityOfServiceSpec as _flyteidl_core_QualityOfServiceSpec, QualityOfServiceSpec__Output as _flyteidl_core_QualityOfServiceSpec__Output } from '../../flyteidl/core/QualityOfServiceSpec.js';

// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/execution.proto

export const _flyteidl_core_QualityOfService_Tier = {
  UNDEFINED: 'UNDEFINED',
  HIGH: 'HIGH',
  MEDIUM: 'MEDIUM',
  LOW: 'LOW',
} as const;

export type _flyteidl_core_QualityOfService_Tier =
  | 'UNDEFINED'
  | 0
  | 'HIGH'
  | 1
  | 'MEDIUM'
  | 2
  | 'LOW'
  | 3

export type _flyteidl_core_QualityOfService_Tier__Output = typeof _flyteidl_core_QualityOfService_Tier[keyof typeof _flyteidl_core_QualityOfService_Tier]

export interface QualityOfService {
  'tier'?: (_flyteidl_core_QualityOfService_Tier);
  'spec'?: (_flyteidl_core_QualityOfServiceSpec | null);
  'designation'?: "tier"|"spec";
}

export interface QualityOfService__Output {
  'tier'?: (_flyteidl_core_QualityOfService_Tier__Output);
  'spec'?: (_flyteidl_core_QualityOfServiceSpec__Output | null);
  'designation'?: "tier"|"spec";
}
