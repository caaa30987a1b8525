// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/admin/agent.proto

import type { Agent as _flyteidl_admin_Agent, Agent__Output as _flyteidl_admin_Agent__Output } from '../../flyteidl/admin/Agent.js';

export interface GetAgentResponse {
  'agent'?: (_flyteidl_admin_Agent | null);
}

export interface GetAgentResponse__Output {
  'agent': (_flyteidl_admin_Agent__Output | null);
}
