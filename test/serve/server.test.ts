/**
 * The agent server, in process, driven by a grpc-js client over loopback: every RPC, the type engine
 * on the wire, errors, limits and draining.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Registry } from 'prom-client';
import entries, { deleted } from './fixtures/sim-plugin.js';
import { call, callError, clientsFor, ctxFor, INT, simTemplate, startServer, STR, taskExecutionMetadata } from './helpers.js';
import { Redactor } from '../../src/util/redact.js';
import { createAgentPluginEntry } from '../../src/serve/agent-plugin.js';
import type { AgentServer } from '../../src/serve/server.js';
import { msgpackLiteral } from '../../src/literals/index.js';
import { encodeResourceMeta } from '../../src/serve/resource-meta.js';
import type { AnyAsyncPlugin } from '../../src/plugin/plugin.js';

const BIG = '9007199254740993'; // 2^53 + 1
let server: AgentServer;
let address: string;
let clients: Awaited<ReturnType<typeof clientsFor>>;
const secretsDir = mkdtempSync(join(tmpdir(), 'serve-secrets-'));
const registry = new Registry();
const redactor = new Redactor();

beforeAll(async () => {
  writeFileSync(join(secretsDir, 'api_token'), 'tok-FILE-s3cr3t\n');
  ({ server, address } = await startServer({
    entries,
    env: { _FSEC_ENV_TOKEN: 'tok-ENV-s3cr3t' },
    secretsDir,
    metricsRegistry: registry,
    redactor,
  }));
  clients = await clientsFor(address);
});

afterAll(() => {
  clients?.close();
  server?.forceShutdown();
});

const md = () => new clients.grpc.Metadata();

function inputs() {
  return {
    literals: {
      big: { scalar: { primitive: { integer: BIG } } },
      ratio: { scalar: { primitive: { float_value: 0.25 } } },
      name: { scalar: { primitive: { string_value: 'héllo' } } },
      flag: { scalar: { primitive: { boolean: true } } },
      when: { scalar: { primitive: { datetime: { seconds: '1714564800', nanos: 123000000 } } } },
      wait: { scalar: { primitive: { duration: { seconds: '90', nanos: 0 } } } },
      tags: { collection: { literals: [{ scalar: { primitive: { string_value: 'a' } } }, { scalar: { primitive: { string_value: 'b' } } }] } },
      counts: { map: { literals: { x: { scalar: { primitive: { integer: '1' } } } } } },
      cfg: { scalar: { generic: { fields: { depth: { numberValue: 2 }, mode: { stringValue: 'fast' }, on: { boolValue: true } } } } },
      packed: msgpackLiteral({ id: 2n ** 62n + 1n, label: 'dc' }),
      file: { scalar: { blob: { uri: 's3://bucket/data.csv', metadata: { type: { format: 'csv', dimensionality: 'SINGLE' } } } } },
      nothing: { scalar: { none_type: {} } },
    },
  };
}

const outputTypes = {
  big: INT,
  name: STR,
  when: { simple: 'DATETIME' },
  wait: { simple: 'DURATION' },
  tags: { collection_type: STR },
  cfg: { simple: 'STRUCT' },
  file: { blob: { format: 'csv', dimensionality: 'SINGLE' } },
  ratio: { simple: 'FLOAT' },
  flag: { simple: 'BOOLEAN' },
  counts: { map_value_type: INT },
  packed: { simple: 'STRUCT' },
  nothing: { simple: 'NONE' },
  jobId: STR,
};

async function create(custom: Record<string, unknown>, withOutputs = true, extra: Record<string, unknown> = {}) {
  const req = { template: simTemplate(custom, withOutputs ? outputTypes : undefined), inputs: inputs(), output_prefix: 's3://bucket/out/n0/0', task_execution_metadata: taskExecutionMetadata(), ...extra };
  return call<{ resource_meta: Buffer }>((cb) => clients.async.CreateTask(req as never, md(), cb));
}

async function get(meta: Buffer, taskType = 'sim_job') {
  const res = await call<{ resource: Record<string, any> }>((cb: any) =>
    clients.async.GetTask({ task_type: taskType, task_category: { name: taskType, version: 0 }, resource_meta: meta }, md(), cb),
  );
  return res.resource;
}

describe('AgentMetadataService', () => {
  it('ListAgents: one agent per plugin entry, with categories and is_sync', async () => {
    const res = await call<{ agents: any[] }>((cb) => clients.metadata.ListAgents({}, md(), cb));
    expect(res.agents.map((a) => [a.name, a.supported_task_types, a.supported_task_categories.map((c: any) => `${c.name}:${c.version}`), a.is_sync])).toEqual([
      ['sim', ['sim_job'], ['sim_job:0'], false],
      ['echo', ['echo_sync'], ['echo_sync:0'], true],
      ['boom', ['boom'], ['boom:0'], false],
    ]);
  });

  it('GetAgent by name, NOT_FOUND for an unknown one', async () => {
    const res = await call<{ agent: any }>((cb) => clients.metadata.GetAgent({ name: 'echo' }, md(), cb));
    expect(res.agent.is_sync).toBe(true);
    const err = await callError((cb) => clients.metadata.GetAgent({ name: 'nope' }, md(), cb));
    expect(err.code).toBe(clients.grpc.status.NOT_FOUND);
  });
});

describe('AsyncAgentService', () => {
  it('CreateTask → GetTask SUCCEEDED with every input type intact as typed outputs', async () => {
    const { resource_meta } = await create({ runMs: 0 });
    const meta = JSON.parse(resource_meta.toString('utf8'));
    expect(meta).toMatchObject({ v: 1, plugin: 'sim', taskType: 'sim_job', meta: { jobId: 'f3a9c2-n0-0' }, outputPrefix: 's3://bucket/out/n0/0' });
    expect(meta.outputTypes.big).toEqual({ simple: 'INTEGER' });

    const r = await get(resource_meta);
    expect(r.phase).toBe('SUCCEEDED');
    expect(r.state).toBe('SUCCEEDED');
    expect(r.log_links).toEqual([expect.objectContaining({ name: 'Sim console', uri: 'https://sim.example/jobs/f3a9c2-n0-0' })]);
    expect(r.custom_info.fields.jobId.stringValue).toBe('f3a9c2-n0-0');
    expect(r.custom_info.fields.nested.structValue.fields.a.listValue.values.map((v: any) => v.kind)).toEqual(['numberValue', 'stringValue', 'boolValue']);
    const out = r.outputs.literals;
    expect(out.big.scalar.primitive.integer).toBe(BIG); // int64 beyond 2^53: exact
    expect(out.name.scalar.primitive.string_value).toBe('héllo');
    expect(out.when.scalar.primitive.datetime).toEqual({ seconds: '1714564800', nanos: 123000000 });
    expect(out.wait.scalar.primitive.duration).toEqual({ seconds: '90', nanos: 0 });
    expect(out.tags.collection.literals.map((l: any) => l.scalar.primitive.string_value)).toEqual(['a', 'b']);
    expect(out.cfg.scalar.generic.fields.mode.stringValue).toBe('fast');
    expect(out.file.scalar.blob.uri).toBe('s3://bucket/data.csv');
    expect(out.file.scalar.blob.metadata.type.format).toBe('csv');
    expect(out.ratio.scalar.primitive.float_value).toBe(0.25);
    expect(out.flag.scalar.primitive.boolean).toBe(true);
    expect(out.counts.map.literals.x.scalar.primitive.integer).toBe('1');
    expect(out.nothing.scalar.none_type).toEqual({});
  });

  it('a task that declares no outputs: what the plugin puts is inferred from its runtime type', async () => {
    const { resource_meta } = await create({ runMs: 0 }, false);
    const r = await get(resource_meta);
    expect(r.phase).toBe('SUCCEEDED');
    const out = r.outputs.literals;
    expect(out.big.scalar.primitive.integer).toBe(BIG);
    expect(out.ratio.scalar.primitive.float_value).toBe(0.25);
    expect(out.counts.scalar.generic.fields.x.numberValue).toBe(1); // a dict is inferred as STRUCT, as flytekit does
    expect(out.nothing.scalar.none_type).toEqual({});
    // the msgpack dict came in as a plain object with a BigInt and goes out as msgpack (BigInt kept)
    expect(out.packed.scalar.binary.tag).toBe('msgpack');
    const { literalToValue } = await import('../../src/literals/index.js');
    expect(literalToValue(out.packed, 'packed')).toEqual({ id: 2n ** 62n + 1n, label: 'dc' });
  });

  it('reports RUNNING with the log link, then DeleteTask calls the plugin delete', async () => {
    const { resource_meta } = await create({ runMs: 60_000 });
    const r = await get(resource_meta);
    expect(r.phase).toBe('RUNNING');
    expect(r.message).toBe('job is running');
    expect(r.outputs).toBeNull();
    await call((cb) => clients.async.DeleteTask({ task_type: 'sim_job', task_category: { name: 'sim_job', version: 0 }, resource_meta }, md(), cb));
    expect(deleted).toContain('f3a9c2-n0-0');
  });

  it('a failed job is FAILED with the message and agent_error code', async () => {
    const { resource_meta } = await create({ fail: 'quota exceeded on the cluster' });
    const r = await get(resource_meta);
    expect(r).toMatchObject({ phase: 'FAILED', state: 'PERMANENT_FAILURE', message: 'quota exceeded on the cluster' });
    expect(r.agent_error).toMatchObject({ code: 'SimFailed', kind: 'NON_RECOVERABLE', origin: 'USER' });
  });

  it('a PermanentError from create becomes a FAILED resource (not a retried gRPC error)', async () => {
    const { resource_meta } = await create({ permanent: 'the query is invalid' });
    const r = await get(resource_meta);
    expect(r).toMatchObject({ phase: 'FAILED', message: 'the query is invalid', agent_error: { code: 'BadRequest' } });
    await call((cb) => clients.async.DeleteTask({ task_type: 'sim_job', resource_meta }, md(), cb));
  });

  it('an invalid phase from the plugin is INTERNAL, never encoded as 0', async () => {
    const { resource_meta } = await create({ badPhase: true });
    const err = await callError((cb) => clients.async.GetTask({ task_type: 'sim_job', resource_meta }, md(), cb));
    expect(err.code).toBe(clients.grpc.status.INTERNAL);
    expect(err.details).toMatch(/invalid phase "Sucess"/);
  });

  it('NOT_FOUND for an unknown task type, naming what is served', async () => {
    const template = { ...simTemplate({}), type: 'bigquery_query_job_task' };
    const err = await callError((cb) => clients.async.CreateTask({ template, inputs: { literals: {} } } as never, md(), cb));
    expect(err.code).toBe(clients.grpc.status.NOT_FOUND);
    expect(err.details).toMatch(/^Cannot find connector for task type: bigquery_query_job_task \(0\)\. This server serves: .*sim_job \(0\)/);
  });

  it('INVALID_ARGUMENT for a missing template and a foreign resource_meta; an offloaded input is a FAILED task', async () => {
    let err = await callError((cb) => clients.async.CreateTask({ inputs: { literals: {} } }, md(), cb));
    expect(err.code).toBe(clients.grpc.status.INVALID_ARGUMENT);
    err = await callError((cb) => clients.async.GetTask({ task_type: 'sim_job', resource_meta: Buffer.from('\x80\x04pickle') }, md(), cb));
    expect(err.code).toBe(clients.grpc.status.INVALID_ARGUMENT);
    expect(err.details).toMatch(/not created by webapi-plugin serve/);
    const req = { template: simTemplate({}), inputs: { literals: { big: { offloaded_metadata: { uri: 's3://b/off.pb', size_bytes: '100' } } } } };
    const { resource_meta } = await call<{ resource_meta: Buffer }>((cb) => clients.async.CreateTask(req as never, md(), cb));
    const r = await get(resource_meta);
    expect(r).toMatchObject({ phase: 'FAILED', agent_error: { code: 'InvalidInputs' } });
    expect(r.message).toMatch(/inputs\.big: the literal is offloaded to s3:\/\/b\/off\.pb/);
  });

  it('a throwing plugin gives INTERNAL with its message and the server keeps serving', async () => {
    const template = { ...simTemplate({}), type: 'boom' };
    const err = await callError((cb) => clients.async.CreateTask({ template } as never, md(), cb));
    expect(err.code).toBe(clients.grpc.status.INTERNAL);
    expect(err.details).toBe('boom: the remote API exploded');
    const res = await call<{ agents: unknown[] }>((cb) => clients.metadata.ListAgents({}, md(), cb));
    expect(res.agents).toHaveLength(3);
  });

  it('secrets come from _FSEC_<KEY> or <secrets-dir>/<key> and are redacted from error details', async () => {
    for (const [key, value] of [['env_token', 'tok-ENV-s3cr3t'], ['api_token', 'tok-FILE-s3cr3t']]) {
      const err = await callError((cb) => create({ secret: key, leakSecret: true }).then((r) => cb(null, r), (e) => cb(e)));
      expect(err.code).toBe(clients.grpc.status.INTERNAL);
      expect(err.details).toBe('remote rejected token [REDACTED]');
      expect(err.details).not.toContain(value);
    }
  });

  it('accepts a 5 MiB CreateTask', async () => {
    const big = 'x'.repeat(5 * 1024 * 1024);
    const req = { template: simTemplate({ runMs: 60_000 }), inputs: { literals: { blob: { scalar: { primitive: { string_value: big } } } } } };
    const res = await call<{ resource_meta: Buffer }>((cb) => clients.async.CreateTask(req as never, md(), cb));
    expect(res.resource_meta.length).toBeGreaterThan(5 * 1024 * 1024); // the sim plugin keeps its inputs in the meta
  });

  it('GetTaskMetrics and GetTaskLogs are UNIMPLEMENTED for a plugin without the hooks (more in logs-metrics.test.ts)', async () => {
    const resource_meta = encodeResourceMeta({ v: 1, plugin: 'boom', taskType: 'boom', meta: { id: 'x' } });
    const err = await callError((cb) => clients.async.GetTaskMetrics({ task_category: { name: 'boom', version: 0 }, resource_meta }, md(), cb));
    expect(err.code).toBe(clients.grpc.status.UNIMPLEMENTED);
    expect(err.details).toMatch(/plugin boom does not provide task metrics/);
    const stream = clients.async.GetTaskLogs({ task_category: { name: 'boom', version: 0 }, resource_meta });
    const e = await new Promise<any>((resolve) => {
      stream.on('error', resolve);
      stream.on('data', () => {});
    });
    expect(e.code).toBe(clients.grpc.status.UNIMPLEMENTED);
    expect(e.details).toMatch(/plugin boom does not provide task logs/);
  });
});

function executeSync(template: unknown, inputsMap: unknown): Promise<any> {
  return new Promise((resolve, reject) => {
    const stream = clients.sync.ExecuteTaskSync(md());
    const got: any[] = [];
    stream.on('data', (m: any) => got.push(m));
    stream.on('error', reject);
    stream.on('end', () => resolve(got));
    stream.write({ header: { template, output_prefix: 's3://b/o', task_execution_metadata: taskExecutionMetadata() } } as never);
    stream.write({ inputs: inputsMap } as never);
    stream.end();
  });
}

describe('SyncAgentService', () => {
  it('ExecuteTaskSync runs a SyncPlugin and answers one header with the resource', async () => {
    const got = await executeSync({ ...simTemplate({}), type: 'echo_sync' }, { literals: { n: { scalar: { primitive: { integer: BIG } } } } });
    expect(got).toHaveLength(1);
    const r = got[0].header.resource;
    expect(r.phase).toBe('SUCCEEDED');
    expect(r.outputs.literals.taskType.scalar.primitive.string_value).toBe('echo_sync');
    expect(r.outputs.literals.echoed.scalar.binary.tag).toBe('msgpack'); // a dict holding a BigInt: msgpack keeps it exact
  });

  it('ExecuteTaskSync on an async plugin whose job finishes at once', async () => {
    const got = await executeSync(simTemplate({ runMs: 0 }), { literals: { a: { scalar: { primitive: { string_value: 'z' } } } } });
    expect(got[0].header.resource.phase).toBe('SUCCEEDED');
  });

  it('ExecuteTaskSync errors with NOT_FOUND for an unknown type', async () => {
    const err: any = await executeSync({ ...simTemplate({}), type: 'nope' }, { literals: {} }).catch((e) => e);
    expect(err.code).toBe(clients.grpc.status.NOT_FOUND);
  });
});

describe('operations', () => {
  it('health: SERVING for the server and each service', async () => {
    for (const service of ['', 'flyteidl.service.AsyncAgentService', 'flyteidl.service.SyncAgentService', 'flyteidl.service.AgentMetadataService']) {
      const res = await call<{ status: string }>((cb) => clients.health.Check({ service }, md(), cb));
      expect(res.status).toBe('SERVING');
    }
  });

  it('metrics are named like flytekit connector metrics', async () => {
    const text = await registry.metrics();
    expect(text).toMatch(/flyte_connector_requests_success_total\{task_type="sim_job",operation="create"\} \d+/);
    expect(text).toMatch(/flyte_connector_requests_failure_total\{task_type="boom",operation="create",error_code="500"\} 1/);
    expect(text).toMatch(/flyte_connector_requests_failure_total\{task_type="bigquery_query_job_task",operation="create",error_code="404"\} 1/);
    expect(text).toMatch(/flyte_connector_request_latency_seconds_count\{task_type="sim_job",operation="get"\}/);
    expect(text).toMatch(/flyte_connector_input_literal_bytes_count\{task_type="sim_job"\}/);
  });
});

describe('the agent client plugin (what `run --agent` uses)', () => {
  it('create → get → status with typed inputs and plain outputs; delete; sync types via ListAgents (v1)', async () => {
    const entry = createAgentPluginEntry(address, { defaultTimeoutMs: 5000, protocol: 'v1' });
    expect(entry).toMatchObject({ id: `agent:${address}`, isDefault: true, supportedTaskTypes: ['*'] });
    const plugin = (await entry.pluginLoader({} as never)) as AnyAsyncPlugin;
    const template = {
      type: 'sim_job',
      custom: { runMs: 0 },
      metadata: { timeout: '90s', retries: { retries: 1 } },
      interface: { inputs: { variables: { big: { type: { simple: 'INTEGER' } }, when: { type: { simple: 'DATETIME' } } } } },
    };
    const { ctx, collected } = ctxFor(template, { big: BIG, when: '2024-05-01T12:00:00.5Z', tags: ['a'] });
    const created = await plugin.create(ctx);
    expect(created.resourceMeta).toMatchObject({ taskType: 'sim_job', taskTypeVersion: 0, outputPrefix: '/tmp/out' });
    const resource = await plugin.get({ resourceMeta: created.resourceMeta, signal: ctx.signal });
    const info = await plugin.status({ ...ctx, resourceMeta: created.resourceMeta, resource } as never);
    expect(info.phase).toBe('Success');
    expect(info.info?.logs?.[0]?.name).toBe('Sim console');
    // an int64 beyond 2^53 arrives exact, as a JSON-safe string (the engine persists outputs as JSON)
    expect(collected.outputs).toMatchObject({ big: '9007199254740993', tags: ['a'], jobId: 'local-run-n0-0' });
    expect((collected.outputs!.when as Date).toISOString()).toBe('2024-05-01T12:00:00.500Z');
    await plugin.delete({ resourceMeta: created.resourceMeta, reason: 'test', signal: ctx.signal });
    expect(deleted).toContain('local-run-n0-0');

    const sync = ctxFor({ type: 'echo_sync' }, { x: 1 });
    const c2 = await plugin.create(sync.ctx);
    expect(c2.resourceMeta).toMatchObject({ sync: true });
    const info2 = await plugin.status({ ...sync.ctx, resourceMeta: c2.resourceMeta, resource: c2.resource } as never);
    expect(info2.phase).toBe('Success');
    expect(sync.collected.outputs).toEqual({ echoed: { x: 1 }, taskType: 'echo_sync' });
  });

  it('maps agent errors: unknown type → PermanentError, bad template field → PermanentError with the path', async () => {
    const plugin = (await createAgentPluginEntry(address).pluginLoader({} as never)) as AnyAsyncPlugin;
    const a = ctxFor({ type: 'nope' }, {});
    await expect(plugin.create(a.ctx)).rejects.toMatchObject({ name: 'PermanentError', message: expect.stringMatching(/NOT_FOUND: Cannot find connector for task type: nope \(0\)/) });
    const b = ctxFor({ type: 'sim_job', metdata: {} }, {});
    await expect(plugin.create(b.ctx)).rejects.toMatchObject({ name: 'PermanentError', message: expect.stringMatching(/template\.metdata: unknown field of TaskTemplate \(did you mean "metadata"\?\)/) });
  });

  it('an unreachable agent is a TransientError', async () => {
    const plugin = (await createAgentPluginEntry('127.0.0.1:1', { defaultTimeoutMs: 1500 }).pluginLoader({} as never)) as AnyAsyncPlugin;
    const a = ctxFor({ type: 'sim_job' }, {});
    await expect(plugin.create(a.ctx)).rejects.toMatchObject({ name: 'TransientError' });
  });
});

describe('drain', () => {
  it('drain lets in-flight calls finish, then refuses new ones', async () => {
    const s = await startServer({ entries });
    const c = await clientsFor(s.address);
    try {
      const inflight = call<{ resource_meta: Buffer }>((cb) => c.async.CreateTask({ template: simTemplate({ createDelayMs: 400 }) } as never, new c.grpc.Metadata(), cb));
      await new Promise((r) => setTimeout(r, 100));
      expect(s.server.inFlight()).toBe(1);
      const drained = s.server.drain(5000);
      const res = await inflight;
      expect(JSON.parse(res.resource_meta.toString()).plugin).toBe('sim');
      expect(await drained).toEqual({ forced: false });
      const err = await callError((cb) => c.metadata.ListAgents({}, new c.grpc.Metadata(), { deadline: Date.now() + 1000 }, cb));
      expect(err.code).not.toBe(0);
    } finally {
      c.close();
      s.server.forceShutdown();
    }
  });
});
