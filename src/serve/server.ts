/**
 * The agent (connector) gRPC server: serves PluginEntries to FlytePropeller through flyteidl v1's
 * AsyncAgentService, SyncAgentService and AgentMetadataService, plus grpc.health.v1.
 *
 * Stateless by design: CreateTask returns everything later calls need in `resource_meta`, so any
 * replica answers GetTask/DeleteTask and a restart loses nothing. Each RPC drives the plugin contract
 * directly (no engine loop): CreateTask → create (write-rate-limited); GetTask → get + status
 * (read-rate-limited); DeleteTask → delete (write-rate-limited); ExecuteTaskSync → do; GetTaskMetrics
 * and GetTaskLogs → the optional getTaskMetrics / getTaskLogs (read-rate-limited; UNIMPLEMENTED when
 * the plugin does not provide them).
 *
 * Every handler is wrapped: a plugin error becomes INTERNAL with its (redacted) message, an unknown
 * task type NOT_FOUND, a malformed request INVALID_ARGUMENT. Nothing a plugin does crashes the process.
 */
import type * as grpc from '@grpc/grpc-js';
import type { Registry } from 'prom-client';
import { defaultPluginConfig, mergePluginConfig, type PluginConfig } from '../plugin/config.js';
import type { Inputs, SecretManager } from '../plugin/context.js';
import { isPermanentError } from '../plugin/errors.js';
import { isTerminal, type PhaseInfo } from '../plugin/phase.js';
import { type AnyAsyncPlugin, isAsyncPlugin, isSyncPlugin, type Plugin, type PluginEntry } from '../plugin/plugin.js';
import type { TaskTemplate } from '../plugin/template.js';
import { Redactor } from '../util/redact.js';
import { buildTaskContext, type CollectingOutputWriter, DEFAULT_MAX_DATASET_SIZE_BYTES, metadataFromProto } from './context.js';
import { createSetupContext, Router, TokenBucket } from './engine-seam.js';
import type { Agent } from './generated/flyteidl/admin/Agent.js';
import type { CreateRequestHeader__Output } from './generated/flyteidl/admin/CreateRequestHeader.js';
import type { ExecuteTaskSyncRequest__Output } from './generated/flyteidl/admin/ExecuteTaskSyncRequest.js';
import type { Resource } from './generated/flyteidl/admin/Resource.js';
import type { TaskCategory__Output } from './generated/flyteidl/admin/TaskCategory.js';
import type { LiteralMap__Output } from './generated/flyteidl/core/LiteralMap.js';
import type { TaskTemplate__Output } from './generated/flyteidl/core/TaskTemplate.js';
import type { AgentMetadataServiceHandlers } from './generated/flyteidl/service/AgentMetadataService.js';
import type { AsyncAgentServiceHandlers } from './generated/flyteidl/service/AsyncAgentService.js';
import type { SyncAgentServiceHandlers } from './generated/flyteidl/service/SyncAgentService.js';
import type { HealthHandlers } from './generated/grpc/health/v1/Health.js';
import type { _grpc_health_v1_HealthCheckResponse_ServingStatus as ServingStatus } from './generated/grpc/health/v1/HealthCheckResponse.js';
import { LiteralError, literalMapToValues, valuesToLiteralMap } from './literals.js';
import { type Logger, silentLogger } from './logger.js';
import { createServeMetrics, type Operation, type ServeMetrics } from './metrics.js';
import { InvalidPhaseError, phaseInfoToResource } from './phase-map.js';
import { logLinesFromProto, metricResultsToProto, metricsWindowFromProto, streamTaskLogs } from './logs-metrics.js';
import { loadProtos, type LoadedProtos } from './proto.js';
import { ProtoConversionError, ProtoSchema } from './reflect.js';
import { decodeResourceMeta, encodeResourceMeta, type ResourceMetaEnvelope, ResourceMetaError } from './resource-meta.js';
import { createServeSecretManager } from './secrets.js';

export const DEFAULT_MAX_RECEIVE_BYTES = 64 * 1024 * 1024;

export const SERVICE_NAMES = [
  'flyteidl.service.AsyncAgentService',
  'flyteidl.service.SyncAgentService',
  'flyteidl.service.AgentMetadataService',
] as const;

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
  /** Serve (and advertise) only these task types. Default: every type of every entry, plus the default entry's fallback. */
  taskTypes?: string[];
}

export interface AgentInfo {
  name: string;
  taskTypes: string[];
  isSync: boolean;
  isDefault: boolean;
}

export interface AgentServer {
  /** Bind and start serving; resolves to the bound port (pass 0 for any free port). */
  listen(host: string, port: number): Promise<number>;
  readonly agents: AgentInfo[];
  readonly metrics: ServeMetrics;
  /** Calls being handled right now. */
  inFlight(): number;
  /** Stop accepting calls, mark health NOT_SERVING, wait for in-flight calls (up to timeoutMs), then stop. */
  drain(timeoutMs: number): Promise<{ forced: boolean }>;
  /** Stop at once, cancelling in-flight calls. */
  forceShutdown(): void;
}

/** A gRPC status we chose on purpose. */
export class ServeError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'ServeError';
  }
}

interface Loaded {
  entry: PluginEntry;
  plugin: Plugin;
  config: PluginConfig;
  read: TokenBucket;
  write: TokenBucket;
}

export async function createAgentServer(options: AgentServerOptions): Promise<AgentServer> {
  const protos = await loadProtos();
  const { grpc } = protos;
  const schema = new ProtoSchema(protos.packageDefinition);
  const redactor = options.redactor ?? new Redactor();
  const log = options.logger ?? silentLogger;
  const metrics = await createServeMetrics(options.metricsRegistry);
  const secretManager =
    options.secretManager ?? createServeSecretManager({ env: options.env ?? process.env, ...(options.secretsDir ? { secretsDir: options.secretsDir } : {}), redactor });
  const maxReceive = options.maxReceiveMessageBytes ?? DEFAULT_MAX_RECEIVE_BYTES;

  // ---- plugins: loaded eagerly, so a broken plugin fails the start, and ListAgents knows is_sync at once.
  const filter = options.taskTypes?.length ? new Set(options.taskTypes) : undefined;
  const entries = filter
    ? options.entries
        .map((e) => ({
          ...e,
          supportedTaskTypes: e.supportedTaskTypes.filter((t) => filter.has(t)),
          defaultForTaskTypes: (e.defaultForTaskTypes ?? []).filter((t) => filter.has(t)),
          isDefault: false,
        }))
        .filter((e) => e.supportedTaskTypes.length > 0)
    : options.entries;
  const router = new Router(entries);
  const loaded = new Map<string, Loaded>();
  for (const entry of entries) {
    const plugin = await entry.pluginLoader(createSetupContext(metrics.registry, entry.id, secretManager));
    if (!plugin || (!isAsyncPlugin(plugin) && !isSyncPlugin(plugin))) {
      throw new Error(`plugin ${entry.id}: pluginLoader must return an AsyncPlugin (create/get/delete/status) or a SyncPlugin (do)`);
    }
    const config = options.resolveConfig ? options.resolveConfig(entry, plugin) : mergePluginConfig(defaultPluginConfig, plugin.getConfig?.());
    loaded.set(entry.id, {
      entry,
      plugin,
      config,
      read: new TokenBucket(config.readRateLimiter.qps, config.readRateLimiter.burst),
      write: new TokenBucket(config.writeRateLimiter.qps, config.writeRateLimiter.burst),
    });
  }
  const agents: AgentInfo[] = entries.map((e) => ({
    name: e.id,
    taskTypes: [...e.supportedTaskTypes],
    isSync: isSyncPlugin(loaded.get(e.id)!.plugin),
    isDefault: Boolean(e.isDefault),
  }));
  const agentMessages: Agent[] = agents.map((a) => ({
    name: a.name,
    supported_task_types: a.taskTypes,
    supported_task_categories: a.taskTypes.map((name) => ({ name, version: 0 })),
    is_sync: a.isSync,
  }));

  function route(taskType: string): Loaded {
    if (!taskType) throw new ServeError(grpc.status.INVALID_ARGUMENT, 'the task type is empty (template.type / task_category.name)');
    if (filter && !filter.has(taskType)) {
      throw new ServeError(grpc.status.NOT_FOUND, `Cannot find agent for task type "${taskType}"; this server serves: ${[...filter].join(', ')}`);
    }
    try {
      return loaded.get(router.route(taskType).id)!;
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'NoPluginForTaskType') {
        throw new ServeError(grpc.status.NOT_FOUND, `Cannot find agent for task type "${taskType}"; this server serves: ${router.knownTaskTypes().join(', ') || '(nothing)'}`);
      }
      throw new ServeError(grpc.status.FAILED_PRECONDITION, (err as Error).message);
    }
  }

  // ---- request plumbing
  let active = 0;
  let draining = false;
  const inflightControllers = new Set<AbortController>();

  function statusOf(err: unknown): { code: number; details: string; httpCode: number } {
    const message = redactor.redact(err instanceof Error ? err.message : String(err));
    if (err instanceof ServeError) return { code: err.code, details: message, httpCode: err.code === grpc.status.NOT_FOUND ? 404 : err.code === grpc.status.INVALID_ARGUMENT ? 400 : 500 };
    if (err instanceof ProtoConversionError || err instanceof ResourceMetaError) return { code: grpc.status.INVALID_ARGUMENT, details: message, httpCode: 400 };
    if ((err as { name?: string })?.name === 'AbortError' || (err as { code?: string })?.code === 'ABORT_ERR') {
      return { code: grpc.status.CANCELLED, details: message || 'cancelled', httpCode: 499 };
    }
    return { code: grpc.status.INTERNAL, details: message, httpCode: 500 };
  }

  /** Run one request: abort signal from the call, metrics, logs, and every error turned into a status. */
  async function handle<T>(
    rpc: string,
    operation: Operation | undefined,
    call: { on(event: 'cancelled', fn: () => void): unknown; getPeer?(): string },
    work: (signal: AbortSignal, track: { taskType: string; pluginId?: string }) => Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; status: { code: number; details: string } }> {
    const ac = new AbortController();
    call.on('cancelled', () => ac.abort(Object.assign(new Error(`${rpc} cancelled by the client`), { name: 'AbortError' })));
    const track: { taskType: string; pluginId?: string } = { taskType: 'unknown' };
    const started = performance.now();
    active++;
    inflightControllers.add(ac);
    try {
      const value = await work(ac.signal, track);
      if (operation) {
        metrics.success(track.taskType, operation);
        metrics.latency(track.taskType, operation, (performance.now() - started) / 1000);
      }
      log.debug(`${rpc} ok`, { task_type: track.taskType, plugin: track.pluginId, ms: Math.round(performance.now() - started) });
      return { ok: true, value };
    } catch (err) {
      const st = statusOf(err);
      if (operation) metrics.failure(track.taskType, operation, st.httpCode);
      const level = st.code === grpc.status.INTERNAL ? 'error' : 'warn';
      log[level](`${rpc} failed`, { task_type: track.taskType, plugin: track.pluginId, code: grpc.status[st.code], error: st.details });
      return { ok: false, status: { code: st.code, details: st.details } };
    } finally {
      active--;
      inflightControllers.delete(ac);
      if (draining && active === 0) drainWaiters.splice(0).forEach((fn) => fn());
    }
  }

  function unary<Req, Res>(
    rpc: string,
    operation: Operation | undefined,
    work: (req: Req, signal: AbortSignal, track: { taskType: string; pluginId?: string }) => Promise<Res>,
  ): grpc.handleUnaryCall<Req, Res> {
    return (call, callback) => {
      void handle(rpc, operation, call, (signal, track) => work(call.request, signal, track)).then((r) => {
        if (r.ok) callback(null, r.value);
        else callback(r.status);
      });
    };
  }

  // ---- conversions
  function templateFromProto(t: TaskTemplate__Output | null | undefined): TaskTemplate {
    if (!t) throw new ServeError(grpc.status.INVALID_ARGUMENT, 'template is required');
    const json = schema.toJson('flyteidl.core.TaskTemplate', t) as TaskTemplate;
    if (!json.type) throw new ServeError(grpc.status.INVALID_ARGUMENT, 'template.type (the task type) is required');
    return json;
  }

  function outputTypesOf(template: TaskTemplate): Record<string, unknown> | undefined {
    const vars = template.interface?.outputs?.variables;
    if (!vars || Object.keys(vars).length === 0) return undefined;
    return Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, v.type]));
  }

  function protoTypes(outputTypes: Record<string, unknown> | undefined): Record<string, Record<string, unknown>> {
    const out: Record<string, Record<string, unknown>> = {};
    for (const [k, t] of Object.entries(outputTypes ?? {})) {
      out[k] = schema.fromJson('flyteidl.core.LiteralType', t, `interface.outputs.${k}.type`) as Record<string, unknown>;
    }
    return out;
  }

  function decodeInputs(map: LiteralMap__Output | null | undefined): Inputs {
    try {
      return literalMapToValues(map as never, 'inputs');
    } catch (err) {
      if (err instanceof LiteralError) throw new ServeError(grpc.status.INVALID_ARGUMENT, err.message);
      throw err;
    }
  }

  /** The Resource for a PhaseInfo, with outputs typed by the declared interface. A bad output fails the task. */
  function resourceFor(info: PhaseInfo, collected: CollectingOutputWriter, outputTypes: Record<string, unknown> | undefined, pluginId: string): Resource {
    let resource: Resource;
    try {
      resource = phaseInfoToResource(info);
    } catch (err) {
      if (err instanceof InvalidPhaseError) throw new Error(`plugin ${pluginId}: ${err.message}`);
      throw err;
    }
    if (info.phase === 'Success' && collected.outputs) {
      try {
        resource.outputs = valuesToLiteralMap(collected.outputs, protoTypes(outputTypes), 'outputs');
      } catch (err) {
        if (!(err instanceof ProtoConversionError)) throw err;
        return {
          phase: 'FAILED',
          state: 'PERMANENT_FAILURE',
          message: `the plugin's outputs do not match the task interface: ${err.message}`,
          agent_error: { code: 'OutputsInvalid', kind: 'NON_RECOVERABLE', origin: 'USER' },
        };
      }
    }
    if (info.phase !== 'Success' && collected.error && !info.error) {
      resource.message = collected.error.message;
      resource.agent_error = { code: collected.error.code, kind: 'NON_RECOVERABLE', origin: collected.error.kind === 'SYSTEM' ? 'SYSTEM' : 'USER' };
    }
    return resource;
  }

  function inputSize(map: LiteralMap__Output | null | undefined): number {
    try {
      return map ? protos.codec('flyteidl.core.LiteralMap').serialize(map).length : 0;
    } catch {
      return 0;
    }
  }

  function failedResource(env: ResourceMetaEnvelope): Resource {
    const f = env.failed!;
    return {
      phase: 'FAILED',
      state: 'PERMANENT_FAILURE',
      message: f.message,
      agent_error: { code: f.code, kind: 'NON_RECOVERABLE', origin: f.kind === 'SYSTEM' ? 'SYSTEM' : 'USER' },
    };
  }

  function envelopeFor(env: { resource_meta: Buffer; task_category?: TaskCategory__Output | null; task_type?: string }): { env: ResourceMetaEnvelope; l: Loaded } {
    const env0 = decodeResourceMeta(env.resource_meta);
    const l = loaded.get(env0.plugin) ?? route(env.task_category?.name || env.task_type || env0.taskType);
    return { env: env0, l };
  }

  // ---- the async service
  const asyncHandlers: AsyncAgentServiceHandlers = {
    CreateTask: unary('CreateTask', 'create', async (req, signal, track) => {
      const template = templateFromProto(req.template);
      track.taskType = template.type;
      metrics.inputBytes(template.type, inputSize(req.inputs));
      const l = route(template.type);
      track.pluginId = l.entry.id;
      if (!isAsyncPlugin(l.plugin)) {
        throw new ServeError(grpc.status.FAILED_PRECONDITION, `plugin ${l.entry.id} is synchronous (do); call SyncAgentService.ExecuteTaskSync for task type "${template.type}"`);
      }
      const inputs = decodeInputs(req.inputs);
      const outputTypes = outputTypesOf(template);
      const collected: CollectingOutputWriter = {};
      const ctx = buildTaskContext({
        template,
        inputs,
        metadata: metadataFromProto(req.task_execution_metadata, template),
        outputPrefix: req.output_prefix,
        secretManager,
        signal,
        collected,
      });
      const base: ResourceMetaEnvelope = {
        v: 1,
        plugin: l.entry.id,
        taskType: template.type,
        ...(template.taskTypeVersion ? { taskTypeVersion: template.taskTypeVersion } : {}),
        meta: null,
        ...(template.id ? { id: template.id as Record<string, unknown> } : {}),
        ...(outputTypes ? { outputTypes } : {}),
        ...(req.output_prefix ? { outputPrefix: req.output_prefix } : {}),
      };
      await l.write.wait(signal);
      let result;
      try {
        result = await (l.plugin as AnyAsyncPlugin).create(ctx);
      } catch (err) {
        // A PermanentError is the plugin saying "this will never work": Flyte would retry a gRPC error,
        // so record the failure in resource_meta and let GetTask report FAILED instead.
        if (!isPermanentError(err)) throw err;
        const failed = { code: err.code, message: redactor.redact(err.message), kind: err.kind };
        log.warn('CreateTask: plugin reported a permanent failure', { task_type: template.type, plugin: l.entry.id, error: failed.message });
        return { resource_meta: encodeResourceMeta({ ...base, failed }) };
      }
      if (!result || typeof result !== 'object' || !('resourceMeta' in result)) {
        throw new Error(`plugin ${l.entry.id}: create must return { resourceMeta }`);
      }
      return { resource_meta: encodeResourceMeta({ ...base, meta: result.resourceMeta }) };
    }),

    GetTask: unary('GetTask', 'get', async (req, signal, track) => {
      const { env, l } = envelopeFor(req);
      track.taskType = env.taskType;
      track.pluginId = l.entry.id;
      if (env.failed) return { resource: failedResource(env) };
      if (!isAsyncPlugin(l.plugin)) throw new ServeError(grpc.status.FAILED_PRECONDITION, `plugin ${l.entry.id} is synchronous: nothing to poll`);
      const plugin = l.plugin as AnyAsyncPlugin;
      await l.read.wait(signal);
      let resource: unknown;
      try {
        resource = await plugin.get({ resourceMeta: env.meta, signal });
      } catch (err) {
        if (!isPermanentError(err)) throw err;
        return { resource: failedResource({ ...env, failed: { code: err.code, message: redactor.redact(err.message), kind: err.kind } }) };
      }
      const collected: CollectingOutputWriter = {};
      const template: TaskTemplate = {
        type: env.taskType,
        ...(env.taskTypeVersion ? { taskTypeVersion: env.taskTypeVersion } : {}),
        ...(env.id ? { id: env.id } : {}),
        ...(env.outputTypes
          ? { interface: { outputs: { variables: Object.fromEntries(Object.entries(env.outputTypes).map(([k, t]) => [k, { type: t as Record<string, unknown> }])) } } }
          : {}),
      };
      const ctx = buildTaskContext({
        template,
        inputs: async () => {
          throw new Error('inputs are not available in status() when served: GetTask carries only resource_meta. Put what status needs into resourceMeta at create');
        },
        metadata: metadataFromProto(undefined, template),
        outputPrefix: req.output_prefix || env.outputPrefix || '',
        secretManager,
        signal,
        collected,
      });
      const info = await plugin.status({ ...ctx, resourceMeta: env.meta, resource });
      return { resource: resourceFor(info, collected, env.outputTypes, l.entry.id) };
    }),

    DeleteTask: unary('DeleteTask', 'delete', async (req, signal, track) => {
      const { env, l } = envelopeFor(req);
      track.taskType = env.taskType;
      track.pluginId = l.entry.id;
      if (env.failed || !isAsyncPlugin(l.plugin)) return {};
      await l.write.wait(signal);
      await (l.plugin as AnyAsyncPlugin).delete({ resourceMeta: env.meta, reason: 'aborted by Flyte (DeleteTask)', signal });
      return {};
    }),

    GetTaskMetrics: unary('GetTaskMetrics', undefined, async (req, signal, track) => {
      const { env, l, plugin } = optionalHook(req, 'getTaskMetrics', 'task metrics', track);
      const window = metricsWindowFromProto(req);
      if (env.failed) return { results: [] }; // create failed: there is no remote resource to measure
      await l.read.wait(signal);
      const results = await plugin.getTaskMetrics!({ resourceMeta: env.meta, ...window, signal });
      return { results: metricResultsToProto(results, l.entry.id, redactor) };
    }),

    GetTaskLogs: (call) => {
      void handle('GetTaskLogs', undefined, call, async (signal, track) => {
        const req = call.request;
        const { env, l, plugin } = optionalHook(req, 'getTaskLogs', 'task logs', track);
        if (env.failed) {
          // create failed: no remote resource, no logs (the failure itself is reported by GetTask)
          call.write({ header: { token: '' } });
          return;
        }
        await l.read.wait(signal);
        const source = plugin.getTaskLogs!({ resourceMeta: env.meta, lines: logLinesFromProto(req.lines), token: req.token ?? '', signal });
        await streamTaskLogs(source, call, signal, l.entry.id, redactor);
      }).then((r) => {
        if (r.ok) call.end();
        else call.emit('error', r.status);
      });
    },
  };

  /**
   * Route a request carrying resource_meta to its plugin's optional hook. UNIMPLEMENTED when the plugin
   * lacks the hook — and, before even decoding the request, when no plugin served here provides it.
   */
  function optionalHook(
    req: { resource_meta: Buffer; task_category?: TaskCategory__Output | null; task_type?: string },
    hook: 'getTaskMetrics' | 'getTaskLogs',
    what: string,
    track: { taskType: string; pluginId?: string },
  ): { env: ResourceMetaEnvelope; l: Loaded; plugin: AnyAsyncPlugin } {
    const provides = (p: Plugin) => isAsyncPlugin(p) && typeof p[hook] === 'function';
    if (![...loaded.values()].some((x) => provides(x.plugin))) {
      throw new ServeError(grpc.status.UNIMPLEMENTED, `no plugin served here provides ${what} (AsyncPlugin.${hook}); plugins: ${[...loaded.keys()].join(', ')}`);
    }
    const { env, l } = envelopeFor(req);
    track.taskType = env.taskType;
    track.pluginId = l.entry.id;
    if (!provides(l.plugin)) {
      throw new ServeError(grpc.status.UNIMPLEMENTED, `plugin ${l.entry.id} does not provide ${what} (AsyncPlugin.${hook}) for task type "${env.taskType}"`);
    }
    return { env, l, plugin: l.plugin as AnyAsyncPlugin };
  }

  // ---- the sync service
  const syncHandlers: SyncAgentServiceHandlers = {
    ExecuteTaskSync: (call) => {
      let header: CreateRequestHeader__Output | null = null;
      let inputs: LiteralMap__Output | null = null;
      let finished = false;
      call.on('data', (msg: ExecuteTaskSyncRequest__Output) => {
        if (msg.header) header = msg.header;
        if (msg.inputs) inputs = msg.inputs;
      });
      call.on('error', () => {
        finished = true;
      });
      call.on('end', () => {
        if (finished) return;
        void handle('ExecuteTaskSync', 'do', call, (signal, track) => executeSync(header, inputs, signal, track)).then((r) => {
          if (r.ok) {
            call.write({ header: { resource: r.value } });
            call.end();
          } else {
            call.emit('error', r.status);
          }
        });
      });
    },
  };

  async function executeSync(
    header: CreateRequestHeader__Output | null,
    inputsMap: LiteralMap__Output | null,
    signal: AbortSignal,
    track: { taskType: string; pluginId?: string },
  ): Promise<Resource> {
    if (!header) throw new ServeError(grpc.status.INVALID_ARGUMENT, 'ExecuteTaskSync: the first message must be a header (template, output_prefix, task_execution_metadata)');
    const template = templateFromProto(header.template);
    track.taskType = template.type;
    metrics.inputBytes(template.type, inputSize(inputsMap));
    const l = route(template.type);
    track.pluginId = l.entry.id;
    const collected: CollectingOutputWriter = {};
    const maxBytes = Number(header.max_dataset_size_bytes || 0);
    const ctx = buildTaskContext({
      template,
      inputs: decodeInputs(inputsMap),
      metadata: metadataFromProto(header.task_execution_metadata, template),
      outputPrefix: header.output_prefix,
      secretManager,
      signal,
      collected,
      maxDatasetSizeBytes: maxBytes > 0 ? maxBytes : DEFAULT_MAX_DATASET_SIZE_BYTES,
    });
    let info: PhaseInfo;
    await l.write.wait(signal);
    if (isSyncPlugin(l.plugin)) {
      info = await l.plugin.do(ctx);
    } else {
      // An async plugin whose create already returns a finished resource can serve sync calls too.
      const plugin = l.plugin as AnyAsyncPlugin;
      const created = await plugin.create(ctx);
      const resource = created.resource !== undefined ? created.resource : await plugin.get({ resourceMeta: created.resourceMeta, signal });
      info = await plugin.status({ ...ctx, resourceMeta: created.resourceMeta, resource });
    }
    const resource = resourceFor(info, collected, outputTypesOf(template), l.entry.id);
    if (!isTerminal(info.phase)) {
      throw new ServeError(
        grpc.status.FAILED_PRECONDITION,
        `plugin ${l.entry.id} returned phase ${info.phase} from a synchronous call; ExecuteTaskSync needs a terminal phase (Success, PermanentFailure, RetryableFailure)`,
      );
    }
    return resource;
  }

  // ---- metadata service
  const metadataHandlers: AgentMetadataServiceHandlers = {
    ListAgents: unary('ListAgents', undefined, async () => ({ agents: agentMessages })),
    GetAgent: unary('GetAgent', undefined, async (req: { name: string }) => {
      const agent = agentMessages.find((a) => a.name === req.name);
      if (!agent) throw new ServeError(grpc.status.NOT_FOUND, `no agent named "${req.name}"; agents: ${agentMessages.map((a) => a.name).join(', ')}`);
      return { agent };
    }),
  };

  // ---- health
  const health = new Map<string, ServingStatus>([['', 'SERVING'], ...SERVICE_NAMES.map((s) => [s, 'SERVING'] as [string, ServingStatus]), ['grpc.health.v1.Health', 'SERVING']]);
  const watchers = new Set<() => void>();
  const setAll = (s: ServingStatus) => {
    for (const k of health.keys()) health.set(k, s);
    watchers.forEach((w) => w());
  };
  const healthHandlers: HealthHandlers = {
    Check: (call, callback) => {
      const s = health.get(call.request.service);
      if (!s) callback({ code: grpc.status.NOT_FOUND, details: `unknown service ${call.request.service}` });
      else callback(null, { status: s });
    },
    Watch: (call) => {
      let last: ServingStatus | undefined;
      const send = () => {
        const s = health.get(call.request.service) ?? 'SERVICE_UNKNOWN';
        if (s !== last) {
          last = s;
          call.write({ status: s });
        }
      };
      send();
      watchers.add(send);
      call.on('cancelled', () => watchers.delete(send));
    },
  };

  // ---- the server
  const server = new grpc.Server({
    'grpc.max_receive_message_length': maxReceive,
    'grpc.max_send_message_length': -1,
  });
  const svc = protos.agent.flyteidl.service;
  server.addService(svc.AsyncAgentService.service, asyncHandlers);
  server.addService(svc.SyncAgentService.service, syncHandlers);
  server.addService(svc.AgentMetadataService.service, metadataHandlers);
  server.addService(protos.health.grpc.health.v1.Health.service, healthHandlers);

  const drainWaiters: (() => void)[] = [];

  return {
    agents,
    metrics,
    inFlight: () => active,
    listen(host: string, port: number): Promise<number> {
      const address = host.includes(':') && !host.startsWith('[') ? `[${host}]:${port}` : `${host}:${port}`;
      return new Promise((resolve, reject) => {
        server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (err, bound) => (err ? reject(err) : resolve(bound)));
      });
    },
    async drain(timeoutMs: number) {
      draining = true;
      setAll('NOT_SERVING');
      const shutdown = new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
      const idle = active === 0 ? Promise.resolve() : new Promise<void>((resolve) => drainWaiters.push(resolve));
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
      const r = await Promise.race([Promise.all([shutdown, idle]).then(() => 'done' as const), timedOut]);
      clearTimeout(timer);
      if (r === 'timeout') {
        inflightControllers.forEach((c) => c.abort(Object.assign(new Error('server shutting down'), { name: 'AbortError' })));
        server.forceShutdown();
        return { forced: true };
      }
      return { forced: false };
    },
    forceShutdown() {
      draining = true;
      setAll('NOT_SERVING');
      inflightControllers.forEach((c) => c.abort(Object.assign(new Error('server shutting down'), { name: 'AbortError' })));
      server.forceShutdown();
    },
  };
}

export type { LoadedProtos };
