/**
 * `webapi-plugin serve`: load plugin modules and serve them as a Flyte connector (agent) until SIGTERM —
 * to Flyte 1.x (flyteidl v1) and Flyte 2 (flyteidl2) from one port, or one of them (--protocol).
 */
import { createServer, type Server as HttpServer } from 'node:http';
import { UsageError } from '../errors.js';
import { loadPluginModules } from '../loader/plugin-modules.js';
import { formatTaskCategory } from '../plugin/plugin.js';
import { createLogger } from '../serve/logger.js';
import { type AgentServer, createAgentServer } from '../serve/server.js';
import { parseDuration } from '../util/duration.js';
import type { CommandAction } from './commands/lazy.js';

/** The flags of `serve` (declared in commands/serve.ts). */
export interface ServeOptions {
  plugin?: string[];
  host: string;
  port: string;
  prometheusPort: string;
  prometheus: boolean;
  logFormat: 'text' | 'json';
  secretsDir: string;
  drainTimeout: string;
  maxMessageSize: string;
  taskType?: string[];
  protocol: 'v1' | 'v2' | 'both';
}

function port(value: string, flag: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(String(value).trim()) || n > 65535) {
    throw new UsageError(`invalid port "${value}"`, { location: flag, hint: 'use a number from 0 to 65535 (0 picks a free port)' });
  }
  return n;
}

const action: CommandAction<ServeOptions> = async ({ options, ctx }) => {
  const grpcPort = port(options.port, '--port');
  const promPort = options.prometheus ? port(options.prometheusPort, '--prometheus-port') : undefined;
  let drainMs: number;
  try {
    drainMs = parseDuration(options.drainTimeout);
  } catch {
    throw new UsageError(`invalid duration "${options.drainTimeout}"`, { location: '--drain-timeout', hint: 'use a Go duration such as 25s or 1m' });
  }
  const mib = Number(options.maxMessageSize);
  if (!(mib > 0) || !Number.isFinite(mib)) {
    throw new UsageError(`invalid size "${options.maxMessageSize}"`, { location: '--max-message-size', hint: 'a number of MiB, e.g. 64' });
  }
  const modules = options.plugin ?? [];
  if (modules.length === 0) {
    throw new UsageError('no plugin to serve', { location: '--plugin', hint: 'name a plugin module: webapi-plugin serve --plugin ./src/plugin.ts' });
  }

  const log = createLogger({ format: options.logFormat, stream: ctx.stderr, redactor: ctx.redactor, debug: ctx.verbose });
  const { entries } = await loadPluginModules(modules.map((m) => ({ module: m, from: ctx.cwd, source: '--plugin' })));
  const server = await createAgentServer({
    entries,
    env: ctx.env,
    secretsDir: options.secretsDir,
    redactor: ctx.redactor,
    logger: log,
    maxReceiveMessageBytes: Math.floor(mib * 1024 * 1024),
    ...(options.taskType?.length ? { taskTypes: options.taskType } : {}),
    protocols: options.protocol === 'both' ? ['v1', 'v2'] : [options.protocol],
  });

  // A plugin's stray promise or timer callback must not take the server down: log it and keep serving.
  const onRejection = (reason: unknown) => log.error('unhandled rejection in a plugin (the server keeps serving)', { error: errorText(reason) });
  const onException = (err: unknown) => log.error('uncaught exception in a plugin (the server keeps serving)', { error: errorText(err) });
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);

  let boundPort: number;
  try {
    boundPort = await server.listen(options.host, grpcPort);
  } catch (err) {
    server.forceShutdown();
    throw listenError(err, options.host, grpcPort);
  }

  let metricsServer: HttpServer | undefined;
  let metricsPort: number | undefined;
  if (promPort !== undefined) {
    metricsServer = createServer((req, res) => {
      if (req.url?.split('?')[0] !== '/metrics') {
        res.writeHead(404).end('not found: try /metrics\n');
        return;
      }
      server.metrics.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': server.metrics.registry.contentType }).end(text),
        (err: Error) => res.writeHead(500).end(err.message),
      );
    });
    metricsPort = await new Promise<number>((resolve, reject) => {
      metricsServer!.once('error', reject);
      metricsServer!.listen(promPort, options.host, () => resolve((metricsServer!.address() as { port: number }).port));
    }).catch((err: Error) => {
      server.forceShutdown();
      throw new UsageError(`cannot serve metrics on port ${promPort}: ${err.message}`, { location: '--prometheus-port', hint: 'pick another port, or --no-prometheus' });
    });
  }

  const hostShown = options.host.includes(':') ? `[${options.host}]` : options.host;
  if (options.logFormat === 'json') {
    log.info('serving', {
      address: `${hostShown}:${boundPort}`,
      port: boundPort,
      ...(metricsPort !== undefined ? { prometheusPort: metricsPort } : {}),
      protocols: server.generations,
      agents: server.agents.map((a) => ({ name: a.name, taskTypes: [...new Set(a.categories.map((c) => c.name))], categories: a.categories, isSync: a.isSync, isDefault: a.isDefault })),
    });
  } else {
    ctx.stdout.write(startupText(server, `${hostShown}:${boundPort}`, metricsPort !== undefined ? `http://${hostShown}:${metricsPort}/metrics` : undefined));
  }

  await new Promise<void>((resolve) => {
    let stopping = false;
    const offs: (() => void)[] = [];
    const stop = (signal: string) => {
      if (stopping) {
        log.warn(`second ${signal}: stopping now`, { in_flight: server.inFlight() });
        server.forceShutdown();
        return;
      }
      stopping = true;
      log.info(`${signal}: draining`, { in_flight: server.inFlight(), timeout: options.drainTimeout });
      void server.drain(drainMs).then(({ forced }) => {
        if (forced) log.warn('drain timed out: in-flight calls were cancelled');
        log.info('stopped');
        offs.forEach((off) => off());
        metricsServer?.close();
        resolve();
      });
    };
    offs.push(ctx.onSignal('SIGTERM', () => stop('SIGTERM')));
    offs.push(ctx.onSignal('SIGINT', () => stop('SIGINT')));
  });
  process.off('unhandledRejection', onRejection);
  process.off('uncaughtException', onException);
  return 0;
};

/** The start-up lines: where it listens, the protocols, and the table of agents (as `pyflyte serve` prints). */
function startupText(server: AgentServer, address: string, metricsUrl: string | undefined): string {
  const rows = server.agents.map((a) => [a.name, a.categories.map(formatTaskCategory).join(', ') + (a.isDefault ? ' + any other type' : ''), a.isSync ? 'yes' : 'no']);
  const head = ['AGENT', 'TASK CATEGORIES', 'SYNC'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => '  ' + r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]!) : c)).join('   ');
  return [
    `webapi-plugin serve: listening on ${address} (gRPC, plaintext h2c)`,
    `protocols: ${server.generations.join('; ')}`,
    metricsUrl ? `metrics: ${metricsUrl}` : 'metrics: off',
    line(head),
    ...rows.map(line),
    ...(server.protocols.includes('v2') && server.agents.some((a) => a.isSync) ? ['  (Flyte 2 has no sync service: a sync plugin runs in CreateTask, and GetTask answers its result)'] : []),
    '',
  ].join('\n');
}

/** A listen failure as the user should read it (no raw library output). */
function listenError(err: unknown, host: string, port: number): UsageError {
  const code = (err as { code?: string }).code;
  const where = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  if (code === 'EADDRINUSE') return new UsageError(`cannot listen on ${where}: the port is already in use`, { location: '--port', hint: 'pick another port (--port 0 picks a free one), or stop the process using it' });
  if (code === 'EACCES') return new UsageError(`cannot listen on ${where}: permission denied`, { location: '--port', hint: 'ports below 1024 need privileges; use --port 8000' });
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return new UsageError(`cannot listen on ${where}: no such local address`, { location: '--host', hint: 'use 0.0.0.0 (all interfaces) or 127.0.0.1' });
  return new UsageError(`cannot listen on ${where}: ${errorText(err)}`, { location: '--port' });
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export default action;
