// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/workflow.proto

import type { Identifier as _flyteidl_core_Identifier, Identifier__Output as _flyteidl_core_Identifier__Output } from '../../flyteidl/core/Identifier.js';
import type { TypedInterface as _flyteidl_core_TypedInterface, TypedInterface__Output as _flyteidl_core_TypedInterface__Output } from '../../flyteidl/core/TypedInterface.js';
import type { LiteralMap as _flyteidl_core_LiteralMap, LiteralMap__Output as _flyteidl_core_LiteralMap__Output } from '../../flyteidl/core/LiteralMap.js';

export interface LaunchPlanTemplate {
  'id'?: (_flyteidl_core_Identifier | null);
  'interface'?: (_flyteidl_core_TypedInterface | null);
  'fixed_inputs'?: (_flyteidl_core_LiteralMap | null);
}

export interface LaunchPlanTemplate__Output {
  'id': (_flyteidl_core_Identifier__Output | null);
  'interface': (_flyteidl_core_TypedInterface__Output | null);
  'fixed_inputs': (_flyteidl_core_LiteralMap__Output | null);
}
