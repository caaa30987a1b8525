/**
 * Flyte 2's generation of the protocol (`flyteidl2.connector`): AsyncConnectorService and
 * ConnectorMetadataService — what the Flyte 2 backend's connector plugin calls. No sync service.
 */
import type { Generation } from '../generation.js';
import { guardDeserializers } from '../rpc.js';
import { asyncConnectorService, CREATE_TASK_INPUTS_FIELD } from './async-service.js';
import type { V2Deps } from './messages.js';
import { connectorMetadataService } from './metadata-service.js';
import { ASYNC_CONNECTOR_SERVICE, CONNECTOR_METADATA_SERVICE, type LoadedProtos2 } from './proto.js';

export function flyteidl2(deps: V2Deps, protos: LoadedProtos2): Generation {
  const svc = protos.connector.flyteidl2.connector;
  return {
    name: 'flyteidl2 (Flyte 2 connectors)',
    services: [
      {
        name: ASYNC_CONNECTOR_SERVICE,
        definition: guardDeserializers(svc.AsyncConnectorService.service, { CreateTask: CREATE_TASK_INPUTS_FIELD }),
        handlers: asyncConnectorService(deps),
      },
      { name: CONNECTOR_METADATA_SERVICE, definition: guardDeserializers(svc.ConnectorMetadataService.service), handlers: connectorMetadataService(deps) },
    ],
  };
}
