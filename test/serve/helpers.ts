import type * as grpc from '@grpc/grpc-js';
import type { TaskExecutionContext } from '../../src/plugin/context.js';
import { structFromJson } from '../../src/literals/index.js';
import { loadProtos } from '../../src/serve/proto.js';
import { loadProtos2 } from '../../src/serve/v2/proto.js';
import { createAgentServer, type AgentServer, type AgentServerOptions } from '../../src/serve/server.js';

export async function startServer(opts: AgentServerOptions): Promise<{ server: AgentServer; port: number; address: string }> {
  const server = await createAgentServer(opts);
  const port = await server.listen('127.0.0.1', 0);
  return { server, port, address: `127.0.0.1:${port}` };
}

export async function clientsFor(address: string) {
  const protos = await loadProtos();
  const { grpc } = protos;
  const creds = grpc.credentials.createInsecure();
  const o = { 'grpc.max_send_message_length': -1, 'grpc.max_receive_message_length': -1 };
  const svc = protos.agent.flyteidl.service;
  const clients = {
    grpc,
    async: new svc.AsyncAgentService(address, creds, o),
    sync: new svc.SyncAgentService(address, creds, o),
    metadata: new svc.AgentMetadataService(address, creds, o),
    health: new protos.health.grpc.health.v1.Health(address, creds, o),
    close() {
      clients.async.close();
      clients.sync.close();
      clients.metadata.close();
      clients.health.close();
    },
  };
  return clients;
}

/** Promisify a callback-style unary call. */
export function call<Res>(start: (cb: (err: grpc.ServiceError | null, res?: Res) => void) => unknown): Promise<Res> {
  return new Promise((resolve, reject) => start((err, res) => (err ? reject(err) : resolve(res as Res))));
}

export async function callError(start: (cb: (err: grpc.ServiceError | null, res?: unknown) => void) => unknown): Promise<grpc.ServiceError> {
  try {
    await call(start);
  } catch (err) {
    return err as grpc.ServiceError;
  }
  throw new Error('expected the call to fail');
}

export const STR = { simple: 'STRING' };
export const INT = { simple: 'INTEGER' };

/** A realistic TaskTemplate (proto-loader form) for the sim plugin. */
export function simTemplate(custom: Record<string, unknown> = {}, outputs?: Record<string, unknown>) {
  return {
    id: { resource_type: 'TASK', project: 'flytesnacks', domain: 'development', name: 'sim.task', version: 'v1' },
    type: 'sim_job',
    metadata: { runtime: { type: 'FLYTE_SDK', version: '1.16.0', flavor: 'python' }, timeout: { seconds: 90 }, retries: { retries: 2 } },
    interface: outputs
      ? { outputs: { variables: Object.fromEntries(Object.entries(outputs).map(([k, t]) => [k, { type: t, description: k }])) } }
      : undefined,
    custom: structFromJson(custom),
  };
}

export function taskExecutionMetadata() {
  return {
    task_execution_id: {
      task_id: { resource_type: 'TASK', project: 'flytesnacks', domain: 'development', name: 'sim.task', version: 'v1' },
      node_execution_id: { node_id: 'n0', execution_id: { project: 'flytesnacks', domain: 'development', name: 'f3a9c2' } },
      retry_attempt: 0,
    },
    namespace: 'flytesnacks-development',
    labels: { team: 'data' },
    annotations: { note: 'x' },
    k8s_service_account: 'default',
    environment_variables: { FOO: 'bar' },
  };
}

/** Clients of Flyte 2's connector services (flyteidl2), on our own codecs. */
export async function clients2For(address: string) {
  const [{ grpc }, protos2] = await Promise.all([loadProtos(), loadProtos2()]);
  const creds = grpc.credentials.createInsecure();
  const o = { 'grpc.max_send_message_length': -1, 'grpc.max_receive_message_length': -1 };
  const svc = protos2.connector.flyteidl2.connector;
  const clients = {
    grpc,
    protos2,
    async: new svc.AsyncConnectorService(address, creds, o),
    metadata: new svc.ConnectorMetadataService(address, creds, o),
    close() {
      clients.async.close();
      clients.metadata.close();
    },
  };
  return clients;
}

/** simTemplate in Flyte 2's form: the interface's variables as a list of { key, value } entries. */
export function simTemplateV2(custom: Record<string, unknown> = {}, outputs?: Record<string, unknown>, type = 'sim_job') {
  const t = simTemplate(custom, outputs) as ReturnType<typeof simTemplate> & { interface?: unknown };
  const vars = (t.interface as { outputs: { variables: Record<string, unknown> } } | undefined)?.outputs.variables;
  return { ...t, type, interface: vars ? { outputs: { variables: Object.entries(vars).map(([key, value]) => ({ key, value })) } } : undefined };
}

/** A task context for the agent plugin (`run --agent`'s client), collecting the outputs it writes. */
export function ctxFor(template: Record<string, unknown>, inputsValues: Record<string, unknown>, secrets: Record<string, string> = {}) {
  const collected: { outputs?: Record<string, unknown> } = {};
  const ctx = {
    taskReader: { read: async () => template },
    inputReader: { get: async () => inputsValues },
    secretManager: { get: async (k: string) => secrets[k] ?? '' },
    taskExecutionMetadata: {
      taskExecutionId: { generatedName: 'local-run-0', retryAttempt: 0, uniqueNodeId: 'n0', id: { taskId: { project: 'p', domain: 'd', name: 't', version: 'v' }, nodeExecutionId: { nodeId: 'n0', executionId: { project: 'p', domain: 'd', name: 'local-run' } }, retryAttempt: 0 } },
      namespace: 'default', ownerId: { namespace: 'default', name: 'local-run' }, labels: {}, annotations: {}, maxAttempts: 1, serviceAccount: '', securityContext: {}, environmentVariables: {}, isInterruptible: false,
    },
    outputWriter: { outputPrefix: '/tmp/out', put: async (o: Record<string, unknown>) => void (collected.outputs = o), putError: async () => {} },
    signal: new AbortController().signal,
  } as unknown as TaskExecutionContext;
  return { ctx, collected };
}
