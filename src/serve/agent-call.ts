/**
 * What the `run --agent` client needs from gRPC, whatever the protocol generation: the options
 * (Propeller's Deployment: insecure, per-operation timeouts), one channel, unary calls as promises that an
 * AbortSignal cancels, and what one generation's client offers the agent plugin (AgentProtocolClient).
 */
import type * as grpcTypes from '@grpc/grpc-js';
import type { PluginConfigInput } from '../plugin/config.js';
import type { ProtoLiteralMap } from '../literals/index.js';
import type { TaskExecutionMetadata as ProtoTaskExecutionMetadata } from './generated/flyteidl/admin/TaskExecutionMetadata.js';
import type { Resource__Output } from './generated/flyteidl/admin/Resource.js';
import type { TaskTemplate } from '../plugin/template.js';

export type AgentOperation = 'CreateTask' | 'GetTask' | 'DeleteTask' | 'ExecuteTaskSync' | 'ListAgents';

/** The protocol generations a server may speak: flyteidl v1 (Flyte 1.x agents) and flyteidl2 (Flyte 2 connectors). */
export type AgentProtocol = 'v1' | 'v2';

export interface AgentClientOptions {
  /** Plaintext HTTP/2 (h2c), as Propeller's `insecure: true`. Default true; false uses TLS with the system roots. */
  insecure?: boolean;
  /** Per-operation deadlines in ms (Propeller's Deployment.timeouts; ListAgents also bounds ListConnectors). */
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
  /** The generation to speak; undefined: the server's (ListConnectors answers: Flyte 2; UNIMPLEMENTED: v1). */
  protocol?: AgentProtocol;
}

/** A task to create, in the generation-neutral form (the template in JSON form, inputs as a core.LiteralMap). */
export interface AgentCreate {
  template: TaskTemplate;
  inputs: ProtoLiteralMap;
  outputPrefix: string;
  metadata: ProtoTaskExecutionMetadata | undefined;
  /** Flyte 2's connection (resolved secret values, configs); ignored by v1. */
  connection?: AgentConnection;
}

export interface AgentConnection {
  secrets: Record<string, string>;
  configs: Record<string, string>;
}

/** A created task to ask about. */
export interface AgentRef {
  taskType: string;
  taskTypeVersion: number;
  resourceMeta: Buffer;
  outputPrefix: string;
  connection?: AgentConnection;
}

/** One generation's client. Resources come back in v1's shape (what Propeller's mapping reads). */
export interface AgentProtocolClient {
  readonly protocol: AgentProtocol;
  /** ListAgents / ListConnectors. Rejects with the gRPC error (UNIMPLEMENTED: no such service). */
  list(): Promise<{ name: string; taskTypes: string[]; isSync: boolean }[]>;
  create(req: AgentCreate, signal: AbortSignal): Promise<Buffer>;
  /** v1 only: ExecuteTaskSync. */
  executeSync?(req: AgentCreate, signal: AbortSignal): Promise<Resource__Output>;
  get(ref: AgentRef, signal: AbortSignal): Promise<Resource__Output>;
  delete(ref: AgentRef, signal: AbortSignal): Promise<void>;
}

/** What each generation's client is built on: one channel to the address. */
export interface AgentChannel {
  grpc: typeof grpcTypes;
  /** A client of a service, on the one channel (the first client made opens it). */
  client<C extends grpcTypes.Client>(Ctor: new (address: string, creds: grpcTypes.ChannelCredentials, o: grpcTypes.ClientOptions) => C): C;
  deadline(op: AgentOperation): { deadline?: Date };
  close(): void;
}

export async function openChannel(address: string, opts: AgentClientOptions): Promise<AgentChannel> {
  const grpc = await import('@grpc/grpc-js');
  const creds = opts.insecure === false ? grpc.credentials.createSsl() : grpc.credentials.createInsecure();
  const base = { 'grpc.max_receive_message_length': -1, 'grpc.max_send_message_length': -1 };
  let first: grpcTypes.Client | undefined;
  return {
    grpc,
    client(Ctor) {
      const c = new Ctor(address, creds, first ? { ...base, channelOverride: first.getChannel() } : base);
      first ??= c;
      return c;
    },
    deadline(op) {
      const ms = opts.timeouts?.[op] ?? opts.defaultTimeoutMs ?? 10_000;
      return ms > 0 ? { deadline: new Date(Date.now() + ms) } : {};
    },
    close: () => first?.close(),
  };
}

/** One unary call as a promise; the abort signal cancels it. */
export function invoke<Res>(start: (cb: (err: unknown, res?: Res) => void) => { cancel(): void }, signal?: AbortSignal): Promise<Res> {
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
