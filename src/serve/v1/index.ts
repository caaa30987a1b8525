/**
 * Flyte 1.x's generation of the protocol (flyteidl v1): AsyncAgentService, SyncAgentService and
 * AgentMetadataService — what Propeller's `connector-service` and older `agent-service` plugins call.
 */
import type { Generation } from '../generation.js';
import type { LoadedProtos } from '../proto.js';
import { guardDeserializers } from '../rpc.js';
import { asyncAgentService, CREATE_TASK_INPUTS_FIELD } from './async-service.js';
import { agentMetadataService } from './metadata-service.js';
import type { V1Deps } from './messages.js';
import { EXECUTE_TASK_SYNC_INPUTS_FIELD, syncAgentService } from './sync-service.js';

export function flyteidlV1(deps: V1Deps, protos: LoadedProtos): Generation {
  const svc = protos.agent.flyteidl.service;
  return {
    name: 'flyteidl v1 (Flyte 1.x agents/connectors)',
    services: [
      {
        name: 'flyteidl.service.AsyncAgentService',
        definition: guardDeserializers(svc.AsyncAgentService.service, { CreateTask: CREATE_TASK_INPUTS_FIELD }),
        handlers: asyncAgentService(deps),
      },
      {
        name: 'flyteidl.service.SyncAgentService',
        definition: guardDeserializers(svc.SyncAgentService.service, { ExecuteTaskSync: EXECUTE_TASK_SYNC_INPUTS_FIELD }),
        handlers: syncAgentService(deps),
      },
      { name: 'flyteidl.service.AgentMetadataService', definition: guardDeserializers(svc.AgentMetadataService.service), handlers: agentMetadataService(deps) },
    ],
  };
}
