/**
 * A PluginEntry that runs tasks on any Flyte agent (connector) server over gRPC — what Propeller's
 * `connector-service` plugin does, on a laptop. `run --agent <host:port>` uses it, so a remote agent
 * gets the run command's display, exit codes, Ctrl-C (→ DeleteTask) and resume for free.
 *
 *   create → CreateTask (template, inputs as a typed LiteralMap, task_execution_metadata, output_prefix)
 *            or, for an agent that lists the task type as sync, ExecuteTaskSync (the result is returned
 *            as the created resource, so status sees it at once)
 *   get    → GetTask       delete → DeleteTask
 *   status → the Resource mapped as Propeller maps it (RETRYABLE_FAILED → RetryableFailure, UNDEFINED
 *            phase → the deprecated state, outputs LiteralMap → plain values)
 *
 * Routing: the entry is `isDefault`, so every task type no other plugin claims goes to the agent.
 * `supportedTaskTypes` is `["*"]` (AGENT_WILDCARD), a marker: which types the agent really serves is
 * only known after ListAgents, which `discoverAgentTaskTypes` calls; an unknown type comes back from
 * the agent as NOT_FOUND and fails the task with the agent's message.
 *
 * Importing this module is cheap: grpc-js, proto-loader and the type engine load inside pluginLoader.
 */
import type { PluginConfigInput } from '../plugin/config.js';
import type { GetContext, StatusContext, TaskExecutionContextReader } from '../plugin/context.js';
import { PermanentError, TransientError } from '../plugin/errors.js';
import type { PhaseInfo } from '../plugin/phase.js';
import type { AsyncPlugin, CreateResult, PluginEntry } from '../plugin/plugin.js';
import type { CreateTaskRequest } from './generated/flyteidl/admin/CreateTaskRequest.js';
import type { CreateTaskResponse__Output } from './generated/flyteidl/admin/CreateTaskResponse.js';
import type { DeleteTaskRequest } from './generated/flyteidl/admin/DeleteTaskRequest.js';
import type { DeleteTaskResponse__Output } from './generated/flyteidl/admin/DeleteTaskResponse.js';
import type { GetTaskRequest } from './generated/flyteidl/admin/GetTaskRequest.js';
import type { GetTaskResponse__Output } from './generated/flyteidl/admin/GetTaskResponse.js';
import type { ListAgentsResponse__Output } from './generated/flyteidl/admin/ListAgentsResponse.js';
import type { Resource__Output } from './generated/flyteidl/admin/Resource.js';

export const AGENT_WILDCARD = '*';

export type AgentOperation = 'CreateTask' | 'GetTask' | 'DeleteTask' | 'ExecuteTaskSync' | 'ListAgents';

export interface AgentClientOptions {
  /** Plaintext HTTP/2 (h2c), as Propeller's `insecure: true`. Default true; false uses TLS with the system roots. */
  insecure?: boolean;
  /** Per-operation deadlines in ms (Propeller's Deployment.timeouts). */
  timeouts?: Partial<Record<AgentOperation, number>>;
  /** Deadline for operations without an entry in `timeouts` (ms). Default 10000, as connector-service; 0 = none. */
  defaultTimeoutMs?: number;
  /** The plugin's own config layer (rate limits, resync interval, ...). */
  config?: PluginConfigInput;
  /**
   * Until the agent has answered once, a refused connection (nothing listening at the address) fails the
   * task at once instead of being retried as transient. `run --agent` sets it. Default false.
   */
  failFastWhenUnreachable?: boolean;
}

/** What the engine persists for a task run through an agent (JSON-serializable). */
export interface AgentResourceMeta {
  taskType: string;
  taskTypeVersion: number;
  /** The agent's resource_meta bytes, base64. */
  resourceMeta: string;
  outputPrefix?: string;
  /** ExecuteTaskSync was used: there is nothing to poll or delete. */
  sync?: boolean;
}

/**
 * Outputs handed to the engine must be JSON (they are persisted): an int64 beyond 2^53 becomes its exact
 * decimal string, bytes become base64; dates stay Dates (JSON writes them as ISO-8601).
 */
export function jsonSafe(v: unknown): unknown {
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (Array.isArray(v)) return v.map(jsonSafe);
  if (v && typeof v === 'object' && !(v instanceof Date)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, jsonSafe(x)]));
  return v;
}

export function agentPluginId(address: string): string {
  return `agent:${address}`;
}

interface Clients {
  grpc: typeof import('@grpc/grpc-js');
  async: import('./generated/flyteidl/service/AsyncAgentService.js').AsyncAgentServiceClient;
  sync: import('./generated/flyteidl/service/SyncAgentService.js').SyncAgentServiceClient;
  metadata: import('./generated/flyteidl/service/AgentMetadataService.js').AgentMetadataServiceClient;
  close(): void;
}

async function connect(address: string, opts: AgentClientOptions): Promise<Clients> {
  const { loadProtos } = await import('./proto.js');
  const protos = await loadProtos();
  const { grpc } = protos;
  const creds = opts.insecure === false ? grpc.credentials.createSsl() : grpc.credentials.createInsecure();
  const channelOptions = { 'grpc.max_receive_message_length': -1, 'grpc.max_send_message_length': -1 };
  const svc = protos.agent.flyteidl.service;
  const async = new svc.AsyncAgentService(address, creds, channelOptions);
  const channel = async.getChannel();
  const sync = new svc.SyncAgentService(address, creds, { ...channelOptions, channelOverride: channel });
  const metadata = new svc.AgentMetadataService(address, creds, { ...channelOptions, channelOverride: channel });
  return { grpc, async, sync, metadata, close: () => async.close() };
}

function deadline(opts: AgentClientOptions, op: AgentOperation): { deadline?: Date } {
  const ms = opts.timeouts?.[op] ?? opts.defaultTimeoutMs ?? 10_000;
  return ms > 0 ? { deadline: new Date(Date.now() + ms) } : {};
}

interface GrpcErrorLike {
  code?: number;
  details?: string;
  message?: string;
}

/** grpc-js's details without the empty "Resolution note: " it appends when the resolver has nothing to say. */
function cleanDetails(details: string): string {
  return details.replace(/\.?\s*Resolution note:\s*$/, '').trim();
}

/**
 * A gRPC failure → the error the engine understands: permanent for "this will never work", transient
 * otherwise. With `failFast` (nothing has answered yet and the caller asked for it), a refused
 * connection is permanent too: nothing is listening there, and retrying for the whole backoff budget
 * only hides that.
 */
function agentError(grpc: typeof import('@grpc/grpc-js'), address: string, op: AgentOperation, err: unknown, failFast = false): Error {
  const e = err as GrpcErrorLike;
  const codeName = typeof e.code === 'number' ? grpc.status[e.code] ?? String(e.code) : 'UNKNOWN';
  const details = cleanDetails(e.details || e.message || String(err));
  const code = `Agent${toPascal(codeName)}`;
  if (failFast && e.code === grpc.status.UNAVAILABLE && /ECONNREFUSED|ENOENT|EHOSTUNREACH|ENOTFOUND/.test(details)) {
    const why = /ENOTFOUND/.test(details) ? 'the host name does not resolve' : 'the connection was refused';
    return new PermanentError(`no agent answers at ${address} (${why}): is a server listening at ${address}? start one with \`webapi-plugin serve\``, { code, kind: 'SYSTEM', cause: err });
  }
  const message = `agent ${address} ${op}: ${codeName}: ${details}`;
  const permanent = [grpc.status.NOT_FOUND, grpc.status.INVALID_ARGUMENT, grpc.status.UNIMPLEMENTED, grpc.status.FAILED_PRECONDITION, grpc.status.PERMISSION_DENIED, grpc.status.UNAUTHENTICATED];
  if (typeof e.code === 'number' && permanent.includes(e.code)) return new PermanentError(message, { code, kind: 'SYSTEM', cause: err });
  return new TransientError(message, { code, cause: err });
}

function toPascal(s: string): string {
  return s
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** One unary call as a promise; the abort signal cancels it. */
function invoke<Res>(start: (cb: (err: unknown, res?: Res) => void) => { cancel(): void }, signal?: AbortSignal): Promise<Res> {
  return new Promise<Res>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => call.cancel();
    const call = start((err, res) => {
      signal?.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve(res as Res);
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Ask an agent which task types it serves (ListAgents). Resolves to undefined if it cannot say. */
export async function discoverAgentTaskTypes(address: string, opts: AgentClientOptions = {}): Promise<{ name: string; taskTypes: string[]; isSync: boolean }[] | undefined> {
  const clients = await connect(address, opts);
  try {
    return await listAgents(clients, opts);
  } finally {
    clients.close();
  }
}

async function listAgents(clients: Clients, opts: AgentClientOptions) {
  try {
    const md = new clients.grpc.Metadata();
    const res = await invoke<ListAgentsResponse__Output>((cb) => clients.metadata.ListAgents({}, md, deadline(opts, 'ListAgents'), cb));
    return (res?.agents ?? []).map((a) => ({
      name: a.name,
      taskTypes: [...new Set([...a.supported_task_types, ...a.supported_task_categories.map((c) => c.name)])],
      isSync: a.is_sync,
    }));
  } catch {
    return undefined;
  }
}

export function createAgentPluginEntry(address: string, opts: AgentClientOptions = {}): PluginEntry {
  if (!address || typeof address !== 'string') throw new TypeError('createAgentPluginEntry: address must be "host:port"');
  return {
    id: agentPluginId(address),
    supportedTaskTypes: [AGENT_WILDCARD],
    isDefault: true,
    async pluginLoader() {
      const [clients, { ProtoSchema, ProtoConversionError }, literals, phaseMap, { metadataToProto }, { loadProtos }] = await Promise.all([
        connect(address, opts),
        import('./reflect.js'),
        import('../literals/index.js'),
        import('./phase-map.js'),
        import('./context.js'),
        import('./proto.js'),
      ]);
      const { grpc } = clients;
      const schema = new ProtoSchema((await loadProtos()).packageDefinition);
      // Until the agent has answered once, a refused connection means nothing listens there (fail fast).
      let answered = false;
      const fail = (op: AgentOperation, err: unknown) => agentError(grpc, address, op, err, opts.failFastWhenUnreachable === true && !answered);
      const ok = <T>(res: T): T => ((answered = true), res);
      // Which task types the agent runs synchronously (ListAgents; an agent without it is all-async).
      let syncTypes: Promise<Set<string>> | undefined;
      const getSyncTypes = () =>
        (syncTypes ??= listAgents(clients, opts).then((agents) => {
          if (agents) answered = true;
          return new Set((agents ?? []).filter((a) => a.isSync).flatMap((a) => a.taskTypes));
        }));

      const toProtoTemplate = (template: Record<string, unknown>) => {
        try {
          return schema.fromJson('flyteidl.core.TaskTemplate', template, 'template') as CreateTaskRequest['template'];
        } catch (err) {
          if (err instanceof ProtoConversionError) {
            throw new PermanentError(`the task template cannot be sent to the agent: ${err.message}`, { code: 'InvalidTemplate', kind: 'USER' });
          }
          throw err;
        }
      };

      const plugin: AsyncPlugin<AgentResourceMeta, Resource__Output> = {
        getConfig: () => opts.config ?? {},

        async create(tCtx: TaskExecutionContextReader): Promise<CreateResult<AgentResourceMeta, Resource__Output>> {
          const template = await tCtx.taskReader.read();
          const inputs = await tCtx.inputReader.get();
          const protoTemplate = toProtoTemplate(template as Record<string, unknown>);
          const types: Record<string, Record<string, unknown>> = {};
          let literalMap;
          try {
            for (const [k, v] of Object.entries(template.interface?.inputs?.variables ?? {})) {
              types[k] = schema.fromJson('flyteidl.core.LiteralType', v.type, `template.interface.inputs.variables.${k}.type`) as Record<string, unknown>;
            }
            literalMap = literals.valuesToLiteralMap(inputs, types, 'inputs') as CreateTaskRequest['inputs'];
          } catch (err) {
            if (err instanceof ProtoConversionError) throw new PermanentError(`invalid input: ${err.message}`, { code: 'InvalidInput', kind: 'USER' });
            throw err;
          }
          const taskTypeVersion = Number(template.taskTypeVersion ?? 0);
          const outputPrefix = tCtx.outputWriter.outputPrefix;
          const metadata = metadataToProto(tCtx.taskExecutionMetadata);
          if ((await getSyncTypes()).has(template.type)) {
            const resource = await executeSync(protoTemplate, literalMap, outputPrefix, metadata, tCtx.signal);
            return { resourceMeta: { taskType: template.type, taskTypeVersion, resourceMeta: '', outputPrefix, sync: true }, resource };
          }
          try {
            const req: CreateTaskRequest = { template: protoTemplate, inputs: literalMap, output_prefix: outputPrefix, task_execution_metadata: metadata };
            const res = ok(await invoke<CreateTaskResponse__Output>((cb) => clients.async.CreateTask(req, new grpc.Metadata(), deadline(opts, 'CreateTask'), cb), tCtx.signal));
            return { resourceMeta: { taskType: template.type, taskTypeVersion, resourceMeta: Buffer.from(res.resource_meta).toString('base64'), outputPrefix } };
          } catch (err) {
            throw fail('CreateTask', err);
          }
        },

        async get(ctx: GetContext<AgentResourceMeta>): Promise<Resource__Output> {
          const m = ctx.resourceMeta;
          try {
            const req: GetTaskRequest = {
              task_type: m.taskType,
              task_category: { name: m.taskType, version: m.taskTypeVersion },
              resource_meta: Buffer.from(m.resourceMeta, 'base64'),
              output_prefix: m.outputPrefix ?? '',
            };
            const res = ok(await invoke<GetTaskResponse__Output>((cb) => clients.async.GetTask(req, new grpc.Metadata(), deadline(opts, 'GetTask'), cb), ctx.signal));
            if (!res.resource) throw Object.assign(new Error('GetTask returned no resource'), { code: grpc.status.INTERNAL });
            return res.resource;
          } catch (err) {
            throw fail('GetTask', err);
          }
        },

        async delete(ctx) {
          const m = ctx.resourceMeta;
          if (m.sync) return;
          try {
            const req: DeleteTaskRequest = {
              task_type: m.taskType,
              task_category: { name: m.taskType, version: m.taskTypeVersion },
              resource_meta: Buffer.from(m.resourceMeta, 'base64'),
            };
            ok(await invoke<DeleteTaskResponse__Output>((cb) => clients.async.DeleteTask(req, new grpc.Metadata(), deadline(opts, 'DeleteTask'), cb), ctx.signal));
          } catch (err) {
            throw fail('DeleteTask', err);
          }
        },

        async status(ctx: StatusContext<AgentResourceMeta, Resource__Output>): Promise<PhaseInfo> {
          const r = ctx.resource;
          const info = phaseMap.resourceToPhaseInfo(r);
          if (info.phase === 'Success' && r.outputs && Object.keys(r.outputs.literals ?? {}).length > 0) {
            try {
              await ctx.outputWriter.put(jsonSafe(literals.literalMapToValues(r.outputs as never, 'outputs')) as Record<string, unknown>);
            } catch (err) {
              if (err instanceof ProtoConversionError) return phaseInfoOutputsFailure(err.message);
              throw err;
            }
          }
          return info;
        },
      };

      async function executeSync(
        template: CreateTaskRequest['template'],
        inputs: CreateTaskRequest['inputs'],
        outputPrefix: string,
        metadata: CreateTaskRequest['task_execution_metadata'],
        signal: AbortSignal,
      ): Promise<Resource__Output> {
        return new Promise<Resource__Output>((resolve, reject) => {
          const call = clients.sync.ExecuteTaskSync(new grpc.Metadata(), deadline(opts, 'ExecuteTaskSync'));
          let resource: Resource__Output | undefined;
          const onAbort = () => call.cancel();
          signal.addEventListener('abort', onAbort, { once: true });
          call.on('data', (msg: { header?: { resource?: Resource__Output | null } | null }) => {
            answered = true;
            if (msg.header?.resource && !resource) resource = msg.header.resource;
          });
          call.on('error', (err) => {
            signal.removeEventListener('abort', onAbort);
            reject(fail('ExecuteTaskSync', err));
          });
          call.on('end', () => {
            signal.removeEventListener('abort', onAbort);
            if (resource) resolve(resource);
            else reject(new TransientError(`agent ${address} ExecuteTaskSync: the stream ended without a resource`));
          });
          call.write({ header: { template, output_prefix: outputPrefix, task_execution_metadata: metadata } });
          call.write({ inputs });
          call.end();
        });
      }

      function phaseInfoOutputsFailure(message: string): PhaseInfo {
        return { phase: 'PermanentFailure', version: 0, reason: message, error: { code: 'OutputsInvalid', message: `the agent's outputs cannot be read: ${message}`, kind: 'SYSTEM' } };
      }

      return plugin;
    },
  };
}
