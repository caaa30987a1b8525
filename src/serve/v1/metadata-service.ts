/**
 * flyteidl v1's `flyteidl.service.AgentMetadataService`: ListAgents (Propeller's discovery, polled every
 * 10 s: answered from memory, instantly) and GetAgent (by agent name; NOT_FOUND for an unknown one —
 * flytekit's server answers it with a generic error).
 */
import { ServeError } from '../errors.js';
import type { AgentMetadataServiceHandlers } from '../generated/flyteidl/service/AgentMetadataService.js';
import { agentsV1, type V1Deps } from './messages.js';

export function agentMetadataService({ rpc, agents }: V1Deps): AgentMetadataServiceHandlers {
  const messages = agentsV1(agents);
  return {
    ListAgents: rpc.unary('ListAgents', undefined, async () => ({ agents: messages })),
    GetAgent: rpc.unary('GetAgent', undefined, async (req: { name: string }) => {
      const agent = messages.find((a) => a.name === req.name);
      if (!agent) throw new ServeError('NOT_FOUND', `no agent named "${req.name}"; agents: ${messages.map((a) => a.name).join(', ')}`);
      return { agent };
    }),
  };
}
