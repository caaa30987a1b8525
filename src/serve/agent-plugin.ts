/**
 * A PluginEntry that runs tasks on any Flyte agent or connector server over gRPC — what the backend's
 * connector plugin does, on a laptop. `run --agent <host:port>` uses it, so a remote server gets the run
 * command's display, exit codes, Ctrl-C (→ DeleteTask) and resume for free. Both generations:
 * flyteidl v1 (Flyte 1.x agents: v1/agent-client.ts) and flyteidl2 (Flyte 2 connectors:
 * v2/agent-client.ts), as `protocol` says or — by default — as the server answers: ListConnectors
 * answered means Flyte 2, UNIMPLEMENTED means v1. The generation used is recorded with each task, so a
 * resumed run keeps talking it.
 *
 *   create → CreateTask (template, inputs as typed literals, task_execution_metadata, output_prefix; on
 *            Flyte 2 also the `connection`, see v2/agent-connection.ts) or, for a v1 agent that lists
 *            the task type as sync, ExecuteTaskSync (the result is the created resource: status sees it)
 *   get    → GetTask       delete → DeleteTask
 *   status → the Resource mapped as Propeller maps it (RETRYABLE_FAILED → RetryableFailure, UNDEFINED
 *            phase → the deprecated state, outputs → plain values)
 *
 * Routing: the entry is `isDefault`, so every task type no other plugin claims goes to the agent.
 * `supportedTaskTypes` is `["*"]` (AGENT_WILDCARD), a marker: which types the agent really serves is
 * only known after ListAgents/ListConnectors; an unknown type comes back as NOT_FOUND and fails the task
 * with the server's message.
 *
 * Importing this module is cheap: grpc-js, proto-loader and the type engine load inside pluginLoader.
 */
import type { GetContext, StatusContext, TaskExecutionContextReader } from '../plugin/context.js';
import { PermanentError, TransientError } from '../plugin/errors.js';
import type { PhaseInfo } from '../plugin/phase.js';
import type { AsyncPlugin, CreateResult, PluginEntry } from '../plugin/plugin.js';
import type { AgentChannel, AgentClientOptions, AgentOperation, AgentProtocol, AgentProtocolClient, AgentRef } from './agent-call.js';
import type { Resource__Output } from './generated/flyteidl/admin/Resource.js';
import { type ConnectionSpec, connectionSpecOf, resolveConnection } from './v2/agent-connection.js';

export type { AgentClientOptions, AgentOperation, AgentProtocol } from './agent-call.js';

export const AGENT_WILDCARD = '*';

/** What the engine persists for a task run through an agent (JSON-serializable; never a secret value). */
export interface AgentResourceMeta {
  taskType: string;
  taskTypeVersion: number;
  /** The agent's resource_meta bytes, base64. */
  resourceMeta: string;
  outputPrefix?: string;
  /** ExecuteTaskSync was used: there is nothing to poll or delete. */
  sync?: boolean;
  /** The generation the task was created with (absent: v1, as before there were two). */
  protocol?: AgentProtocol;
  /** Flyte 2: the connection's secret names and configs, sent again with GetTask and DeleteTask. */
  connection?: ConnectionSpec;
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
function agentError(grpc: typeof import('@grpc/grpc-js'), address: string, op: AgentOperation | 'ListConnectors', err: unknown, failFast = false): Error {
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

/** A client of the generation asked for, on the channel. */
async function clientFor(ch: AgentChannel, protocol: AgentProtocol): Promise<AgentProtocolClient> {
  if (protocol === 'v2') return (await import('./v2/agent-client.js')).flyteidl2Client(ch);
  return (await import('./v1/agent-client.js')).flyteidlV1Client(ch);
}

/** Ask an agent which task types it serves (ListConnectors, else ListAgents). Resolves to undefined if it cannot say. */
export async function discoverAgentTaskTypes(address: string, opts: AgentClientOptions = {}): Promise<{ name: string; taskTypes: string[]; isSync: boolean }[] | undefined> {
  const { openChannel } = await import('./agent-call.js');
  const ch = await openChannel(address, opts);
  try {
    for (const protocol of opts.protocol ? [opts.protocol] : (['v2', 'v1'] as const)) {
      try {
        return await (await clientFor(ch, protocol)).list();
      } catch {
        // the other generation, or nothing to say
      }
    }
    return undefined;
  } finally {
    ch.close();
  }
}

export function createAgentPluginEntry(address: string, opts: AgentClientOptions = {}): PluginEntry {
  if (!address || typeof address !== 'string') throw new TypeError('createAgentPluginEntry: address must be "host:port"');
  return {
    id: agentPluginId(address),
    supportedTaskTypes: [AGENT_WILDCARD],
    isDefault: true,
    async pluginLoader(setup) {
      const [{ openChannel }, literals, phaseMap, { metadataToProto }, { ProtoSchema }, { loadProtos }] = await Promise.all([
        import('./agent-call.js'),
        import('../literals/index.js'),
        import('./phase-map.js'),
        import('./context.js'),
        import('./reflect.js'),
        import('./proto.js'),
      ]);
      const { ProtoConversionError } = literals;
      // LiteralTypes in JSON form → the type engine's shape (the same in both generations)
      const schema = new ProtoSchema((await loadProtos()).packageDefinition);
      const ch = await openChannel(address, opts);
      const { grpc } = ch;
      // Until the agent has answered once, a refused connection means nothing listens there (fail fast).
      let answered = false;
      const fail = (op: AgentOperation | 'ListConnectors', err: unknown) =>
        err instanceof PermanentError || err instanceof TransientError ? err : agentError(grpc, address, op, err, opts.failFastWhenUnreachable === true && !answered);
      const ok = <T>(res: T): T => ((answered = true), res);
      const clients = new Map<AgentProtocol, Promise<AgentProtocolClient>>();
      const client = (p: AgentProtocol) => clients.get(p) ?? clients.set(p, clientFor(ch, p)).get(p)!;

      // The generation: as asked, else the server's (ListConnectors answered: Flyte 2; UNIMPLEMENTED: v1).
      let detected: Promise<AgentProtocol> | undefined;
      const generation = (): Promise<AgentProtocol> => {
        if (opts.protocol) return Promise.resolve(opts.protocol);
        detected ??= (async () => {
          try {
            ok(await (await client('v2')).list());
            return 'v2' as const;
          } catch (err) {
            if ((err as GrpcErrorLike).code === grpc.status.UNIMPLEMENTED) return ok('v1' as const);
            detected = undefined; // ask again next time
            throw fail('ListConnectors', err);
          }
        })();
        return detected;
      };
      // Which task types a v1 agent runs synchronously (ListAgents; an agent without it is all-async).
      let syncTypes: Promise<Set<string>> | undefined;
      const getSyncTypes = (c: AgentProtocolClient) =>
        (syncTypes ??= c.list().then(
          (agents) => ((answered = true), new Set(agents.filter((a) => a.isSync).flatMap((a) => a.taskTypes))),
          () => new Set<string>(),
        ));

      const refOf = async (m: AgentResourceMeta): Promise<AgentRef> => ({
        taskType: m.taskType,
        taskTypeVersion: m.taskTypeVersion,
        resourceMeta: Buffer.from(m.resourceMeta, 'base64'),
        outputPrefix: m.outputPrefix ?? '',
        ...(m.connection ? { connection: await resolveConnection(m.connection, setup.secretManager) } : {}),
      });

      const plugin: AsyncPlugin<AgentResourceMeta, Resource__Output> = {
        getConfig: () => opts.config ?? {},

        async create(tCtx: TaskExecutionContextReader): Promise<CreateResult<AgentResourceMeta, Resource__Output>> {
          const template = await tCtx.taskReader.read();
          const protocol = await generation();
          const c = await client(protocol);
          const types: Record<string, Record<string, unknown>> = {};
          let inputs;
          try {
            for (const [k, v] of Object.entries(template.interface?.inputs?.variables ?? {})) {
              types[k] = schema.fromJson('flyteidl.core.LiteralType', v.type, `template.interface.inputs.variables.${k}.type`) as Record<string, unknown>;
            }
            inputs = literals.valuesToLiteralMap(await tCtx.inputReader.get(), types, 'inputs');
          } catch (err) {
            if (err instanceof ProtoConversionError) throw new PermanentError(`invalid input: ${err.message}`, { code: 'InvalidInput', kind: 'USER' });
            throw err;
          }
          const spec = protocol === 'v2' ? connectionSpecOf(template) : undefined;
          const connection = await resolveConnection(spec, tCtx.secretManager);
          const req = { template, inputs, outputPrefix: tCtx.outputWriter.outputPrefix, metadata: metadataToProto(tCtx.taskExecutionMetadata), ...(connection ? { connection } : {}) };
          const base = { taskType: template.type, taskTypeVersion: Number(template.taskTypeVersion ?? 0), outputPrefix: req.outputPrefix, ...(protocol === 'v2' ? { protocol } : {}), ...(spec ? { connection: spec } : {}) };
          let op: AgentOperation = 'CreateTask';
          try {
            if (c.executeSync && (await getSyncTypes(c)).has(template.type)) {
              op = 'ExecuteTaskSync';
              const resource = ok(await c.executeSync(req, tCtx.signal));
              return { resourceMeta: { ...base, resourceMeta: '', sync: true }, resource };
            }
            const meta = ok(await c.create(req, tCtx.signal));
            return { resourceMeta: { ...base, resourceMeta: meta.toString('base64') } };
          } catch (err) {
            if (err instanceof ProtoConversionError) {
              throw new PermanentError(`the task template cannot be sent to the agent: ${err.message}`, { code: 'InvalidTemplate', kind: 'USER' });
            }
            throw fail(op, err);
          }
        },

        async get(ctx: GetContext<AgentResourceMeta>): Promise<Resource__Output> {
          const m = ctx.resourceMeta;
          try {
            return ok(await (await client(m.protocol ?? 'v1')).get(await refOf(m), ctx.signal));
          } catch (err) {
            throw fail('GetTask', err);
          }
        },

        async delete(ctx) {
          const m = ctx.resourceMeta;
          if (m.sync) return;
          try {
            ok(await (await client(m.protocol ?? 'v1')).delete(await refOf(m), ctx.signal));
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
      return plugin;
    },
  };
}

function phaseInfoOutputsFailure(message: string): PhaseInfo {
  return { phase: 'PermanentFailure', version: 0, reason: message, error: { code: 'OutputsInvalid', message: `the agent's outputs cannot be read: ${message}`, kind: 'SYSTEM' } };
}
