/**
 * What a protocol generation plugs into the server with. A generation (flyteidl v1's agent services;
 * Flyte 2's `flyteidl2.connector` services) is a set of gRPC services built over the shared pieces below:
 * the request plumbing (`rpc`), the protocol-neutral core that calls the plugins (`core`), the metrics and
 * the redactor, and what the server advertises (`agents`). The server registers every generation's
 * services on one port and marks each service name SERVING in the health service.
 */
import type { ServiceDefinition, UntypedServiceImplementation } from '@grpc/grpc-js';
import type { Redactor } from '../util/redact.js';
import type { ServeCore } from './core.js';
import type { ServeMetrics } from './metrics.js';
import type { AgentInfo } from './routes.js';
import type { Rpc } from './rpc.js';

export interface ServiceDeps {
  rpc: Rpc;
  core: ServeCore;
  metrics: ServeMetrics;
  redactor: Redactor;
  agents: readonly AgentInfo[];
}

export interface ServedService {
  /** The fully-qualified service name, e.g. "flyteidl.service.AsyncAgentService" (also its health name). */
  name: string;
  definition: ServiceDefinition;
  handlers: UntypedServiceImplementation;
}

export interface Generation {
  /** e.g. "flyteidl v1" — shown at start. */
  name: string;
  services: ServedService[];
}
