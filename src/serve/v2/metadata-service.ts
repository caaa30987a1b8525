/**
 * Flyte 2's `flyteidl2.connector.ConnectorMetadataService`: ListConnectors (the backend's discovery,
 * polled every `pollInterval` — answered from memory; discovery alone does not route a task type on
 * Flyte 2, see the README) and GetConnector (by connector name; NOT_FOUND for an unknown one).
 */
import { ServeError } from '../errors.js';
import type { ConnectorMetadataServiceHandlers } from '../generated/flyteidl2/connector/ConnectorMetadataService.js';
import { connectorsV2, type V2Deps } from './messages.js';

export function connectorMetadataService({ rpc, agents }: V2Deps): ConnectorMetadataServiceHandlers {
  const connectors = connectorsV2(agents);
  return {
    ListConnectors: rpc.unary('ListConnectors', undefined, async () => ({ connectors })),
    GetConnector: rpc.unary('GetConnector', undefined, async (req: { name: string }) => {
      const connector = connectors.find((c) => c.name === req.name);
      if (!connector) throw new ServeError('NOT_FOUND', `no connector named "${req.name}"; connectors: ${connectors.map((c) => c.name).join(', ')}`);
      return { connector };
    }),
  };
}
