/**
 * The connector (agent) gRPC server: wiring and lifecycle. It loads the plugins (plugins.ts), routes task
 * categories to them (routes.ts), and registers each protocol generation's services (flyteidl v1: v1/;
 * Flyte 2's flyteidl2: v2/) over the shared plumbing (rpc.ts) and the protocol-neutral core (core.ts),
 * plus grpc.health.v1 — all on one port. Then: listen, drain on SIGTERM, stop.
 *
 * Stateless by design: CreateTask returns everything later calls need in `resource_meta`, so any replica
 * answers GetTask/DeleteTask and a restart loses nothing. Nothing a plugin does crashes the process.
 *
 * Connections are accepted by our own TCP listener (with TCP_NODELAY: small answers leave at once instead
 * of waiting for the peer's delayed ACK) and handed to grpc-js; a busy port is a plain listen error.
 */
import { type AddressInfo, createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import type { Registry } from 'prom-client';
import type { ProtoLiteralMap } from '../literals/index.js';
import type { PluginConfig } from '../plugin/config.js';
import type { SecretManager } from '../plugin/context.js';
import type { Plugin, PluginEntry } from '../plugin/plugin.js';
import { Redactor } from '../util/redact.js';
import { connectionSecretManager } from './connection.js';
import { ServeCore } from './core.js';
import type { Generation } from './generation.js';
import { createHealth } from './health.js';
import { type Logger, silentLogger } from './logger.js';
import { createServeMetrics, type ServeMetrics } from './metrics.js';
import { loadServedPlugins } from './plugins.js';
import { loadProtos } from './proto.js';
import { ProtoSchema } from './reflect.js';
import { type AgentInfo, createRouter, Routes, selectEntries } from './routes.js';
import { Rpc } from './rpc.js';
import { createServeSecretManager } from './secrets.js';
import { flyteidlV1 } from './v1/index.js';
import { flyteidl2 } from './v2/index.js';
import { loadProtos2 } from './v2/proto.js';

export const DEFAULT_MAX_RECEIVE_BYTES = 64 * 1024 * 1024;

/** The protocol generations: flyteidl v1 (Flyte 1.x agents/connectors) and flyteidl2 (Flyte 2 connectors). */
export const PROTOCOLS = ['v1', 'v2'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export interface AgentServerOptions {
  entries: PluginEntry[];
  /** Where `_FSEC_<KEY>` secrets are read from. Default: process.env. */
  env?: NodeJS.ProcessEnv;
  /** Where secret files are read from. Default /etc/secrets. */
  secretsDir?: string;
  /** A secret manager to use instead of the env/file one (tests). */
  secretManager?: SecretManager;
  redactor?: Redactor;
  logger?: Logger;
  /** Registry for the connector metrics and the plugins' metric scopes. Default: a new one. */
  metricsRegistry?: Registry;
  /** The final PluginConfig of a plugin. Default: defaults < the plugin's getConfig(). */
  resolveConfig?: (entry: PluginEntry, plugin: Plugin) => PluginConfig;
  /** Largest request accepted (bytes). Default 64 MiB (grpc-js' default of 4 MiB is too small for input maps). */
  maxReceiveMessageBytes?: number;
  /** Serve (and advertise) only these task type names (all their versions). Default: every type of every entry, plus the default entry's fallback. */
  taskTypes?: string[];
  /** The protocol generations to serve. Default: both. */
  protocols?: readonly Protocol[];
}

export type { AgentInfo };

export interface AgentServer {
  /** Bind and start serving; resolves to the bound port (pass 0 for any free port). Rejects with the listen error (EADDRINUSE, ...). */
  listen(host: string, port: number): Promise<number>;
  readonly agents: readonly AgentInfo[];
  /** The protocol generations served, e.g. "flyteidl v1 (Flyte 1.x agents/connectors)", "flyteidl2 (Flyte 2 connectors)". */
  readonly generations: readonly string[];
  readonly protocols: readonly Protocol[];
  /** Every served service name (what the health service reports SERVING). */
  readonly services: readonly string[];
  readonly metrics: ServeMetrics;
  /** Calls being handled right now. */
  inFlight(): number;
  /** Stop accepting calls, mark health NOT_SERVING, wait for in-flight calls (up to timeoutMs), then stop. */
  drain(timeoutMs: number): Promise<{ forced: boolean }>;
  /** Stop at once, cancelling in-flight calls. */
  forceShutdown(): void;
}

export async function createAgentServer(options: AgentServerOptions): Promise<AgentServer> {
  const protos = await loadProtos();
  const { grpc } = protos;
  const redactor = options.redactor ?? new Redactor();
  const log = options.logger ?? silentLogger;
  const metrics = await createServeMetrics(options.metricsRegistry);
  // a task's connection secrets (Flyte 2) come first, wherever the plugin asks (connection.ts)
  const secretManager = connectionSecretManager(
    options.secretManager ?? createServeSecretManager({ env: options.env ?? process.env, ...(options.secretsDir ? { secretsDir: options.secretsDir } : {}), redactor }),
  );

  const router = createRouter(selectEntries(options.entries, options.taskTypes));
  const plugins = await loadServedPlugins(router.entries(), {
    registry: metrics.registry,
    secretManager,
    ...(options.resolveConfig ? { resolveConfig: options.resolveConfig } : {}),
    onConfigWarning: (plugin, w) => log.warn(`plugin config: ${w.message}`, { plugin }),
  });
  const routes = new Routes(router, plugins);
  const schema = new ProtoSchema(protos.packageDefinition);
  const literalMap = protos.codec('flyteidl.core.LiteralMap');
  const core = new ServeCore({
    routes,
    secretManager,
    redactor,
    log,
    literalType: (json, path) => schema.fromJson('flyteidl.core.LiteralType', json, path) as Record<string, unknown>,
    literalMapCodec: { encode: (m) => literalMap.serialize(m), decode: (b) => literalMap.deserialize(b) as ProtoLiteralMap },
  });
  const rpc = new Rpc({ grpc, redactor, log, metrics });
  const shared = { rpc, core, metrics, redactor, agents: routes.agents };
  const served = options.protocols ?? PROTOCOLS;
  const generations: Generation[] = [];
  if (served.includes('v1')) generations.push(flyteidlV1({ ...shared, schema }, protos));
  if (served.includes('v2')) {
    const protos2 = await loadProtos2();
    generations.push(flyteidl2({ ...shared, schema: new ProtoSchema(protos2.packageDefinition) }, protos2));
  }

  const services = generations.flatMap((g) => g.services);
  const health = createHealth(grpc.status, services.map((s) => s.name));
  const server = new grpc.Server({
    'grpc.max_receive_message_length': options.maxReceiveMessageBytes ?? DEFAULT_MAX_RECEIVE_BYTES,
    'grpc.max_send_message_length': -1,
    'grpc.enable_channelz': 0,
  });
  for (const s of services) server.addService(s.definition, s.handlers);
  server.addService(protos.health.grpc.health.v1.Health.service, health.handlers);

  const listeners: TcpServer[] = [];
  const stopListening = () => listeners.splice(0).forEach((l) => l.close());
  const shutdownNow = () => {
    health.setAll('NOT_SERVING');
    stopListening();
    rpc.abortAll('server shutting down');
    server.forceShutdown();
  };

  return {
    agents: routes.agents,
    generations: generations.map((g) => g.name),
    protocols: PROTOCOLS.filter((p) => served.includes(p)),
    services: services.map((s) => s.name),
    metrics,
    inFlight: () => rpc.inFlight(),
    async listen(host: string, port: number): Promise<number> {
      const injector = server.createConnectionInjector(grpc.ServerCredentials.createInsecure());
      const tcp = createTcpServer({ noDelay: true }, (socket) => injector.injectConnection(socket));
      try {
        await new Promise<void>((resolve, reject) => {
          tcp.once('error', reject);
          tcp.listen({ host, port }, () => {
            tcp.off('error', reject);
            resolve();
          });
        });
      } catch (err) {
        injector.destroy();
        throw err;
      }
      tcp.on('error', (err) => log.error('listener error', { error: err.message }));
      listeners.push(tcp);
      return (tcp.address() as AddressInfo).port;
    },
    async drain(timeoutMs: number) {
      health.setAll('NOT_SERVING');
      stopListening();
      const shutdown = new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
      const r = await Promise.race([Promise.all([shutdown, rpc.idle()]).then(() => 'done' as const), timedOut]);
      clearTimeout(timer);
      if (r === 'timeout') {
        shutdownNow();
        return { forced: true };
      }
      return { forced: false };
    },
    forceShutdown: shutdownNow,
  };
}
