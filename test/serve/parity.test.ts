/**
 * Parity with flytekit's connector server where Propeller can tell, through a real grpc-js client:
 * ExecuteTaskSync without a half-close, task categories with versions, the category check on GetTask /
 * DeleteTask, secrets stripped as flytekit strips them, failures retrying cannot fix answered as FAILED
 * resources, every string leaving the server redacted, and the status codes of undecodable requests and
 * plugin bugs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import simEntries from './fixtures/sim-plugin.js';
import { duplicates, tagged, versioned } from './fixtures/versioned-plugin.js';
import { call, callError, clientsFor, INT, simTemplate, startServer, STR, taskExecutionMetadata } from './helpers.js';
import { createAgentServer, type AgentServer } from '../../src/serve/server.js';
import { Redactor } from '../../src/util/redact.js';
import { ServeSetupError } from '../../src/serve/errors.js';
import { encodeResourceMeta } from '../../src/serve/resource-meta.js';

const TOKEN = 'tok-PARITY-5e3cr3t';
let server: AgentServer;
let clients: Awaited<ReturnType<typeof clientsFor>>;
const secretsDir = mkdtempSync(join(tmpdir(), 'serve-parity-secrets-'));

beforeAll(async () => {
  writeFileSync(join(secretsDir, 'file_token'), '  tok-from-file \n\n');
  let address: string;
  ({ server, address } = await startServer({
    entries: [...simEntries, ...versioned],
    env: { _FSEC_API_TOKEN: TOKEN, _FSEC_PADDED_TOKEN: ' tok-from-env\n' },
    secretsDir,
    redactor: new Redactor(),
  }));
  clients = await clientsFor(address);
});

afterAll(() => {
  clients?.close();
  server?.forceShutdown();
});

const md = () => new clients.grpc.Metadata();
const deadline = (ms = 5000) => ({ deadline: Date.now() + ms });

async function create(template: Record<string, unknown>, inputs: unknown = { literals: {} }) {
  const req = { template, inputs, output_prefix: 's3://bucket/out', task_execution_metadata: taskExecutionMetadata() };
  return call<{ resource_meta: Buffer }>((cb) => clients.async.CreateTask(req as never, md(), deadline(), cb));
}

async function get(resource_meta: Buffer, category: Record<string, unknown> = { task_type: 'sim_job', task_category: { name: 'sim_job', version: 0 } }) {
  return (await call<{ resource: Record<string, any> }>((cb: any) => clients.async.GetTask({ ...category, resource_meta }, md(), deadline(), cb))).resource;
}

const versionTemplate = (version: number) => ({ ...simTemplate({}), type: 'ver_job', task_type_version: version });

describe('ExecuteTaskSync as Propeller ≤ 1.13 calls it', () => {
  it('answers with one header after the header and the inputs, before the client half-closes', async () => {
    const stream = clients.sync.ExecuteTaskSync(md(), deadline());
    const answer = new Promise<any>((resolve, reject) => {
      stream.on('data', resolve);
      stream.on('error', reject);
    });
    stream.write({ header: { template: { ...simTemplate({}), type: 'echo_sync' }, output_prefix: 's3://b/o', task_execution_metadata: taskExecutionMetadata() } } as never);
    stream.write({ inputs: { literals: { n: { scalar: { primitive: { integer: '7' } } } } } } as never);
    const first = await answer; // no stream.end() yet: the old server waited for it until the deadline
    expect(first.res).toBe('header');
    expect(first.header.resource.phase).toBe('SUCCEEDED');
    expect(first.header.resource.outputs.literals.taskType.scalar.primitive.string_value).toBe('echo_sync');
    const rest: unknown[] = [];
    stream.on('data', (m: unknown) => rest.push(m));
    const ended = new Promise<void>((resolve, reject) => {
      stream.on('end', resolve);
      stream.on('error', reject);
    });
    stream.end();
    await ended;
    expect(rest).toEqual([]); // exactly one answer
  });

  it('a half-close after the header alone runs the task without inputs; inputs before a header are INVALID_ARGUMENT', async () => {
    const got = await new Promise<any[]>((resolve, reject) => {
      const stream = clients.sync.ExecuteTaskSync(md(), deadline());
      const msgs: any[] = [];
      stream.on('data', (m: unknown) => msgs.push(m));
      stream.on('end', () => resolve(msgs));
      stream.on('error', reject);
      stream.write({ header: { template: { ...simTemplate({}), type: 'echo_sync' }, output_prefix: 's3://b/o' } } as never);
      stream.end();
    });
    expect(got).toHaveLength(1);
    expect(got[0].header.resource.phase).toBe('SUCCEEDED');

    const err = await new Promise<any>((resolve) => {
      const stream = clients.sync.ExecuteTaskSync(md(), deadline());
      stream.on('data', () => {});
      stream.on('error', resolve);
      stream.write({ inputs: { literals: {} } } as never);
    });
    expect(err.code).toBe(clients.grpc.status.INVALID_ARGUMENT);
    expect(err.details).toMatch(/first message must be a header/);
  });

  it('a PermanentError from the plugin is a FAILED resource, not an error Propeller retries', async () => {
    const stream = clients.sync.ExecuteTaskSync(md(), deadline());
    const answer = new Promise<any>((resolve, reject) => {
      stream.on('data', resolve);
      stream.on('error', reject);
    });
    stream.write({ header: { template: simTemplate({ permanent: 'the query is invalid' }), output_prefix: 's3://b/o', task_execution_metadata: taskExecutionMetadata() } } as never);
    stream.write({ inputs: { literals: {} } } as never);
    const r = (await answer).header.resource;
    expect(r).toMatchObject({ phase: 'FAILED', message: 'the query is invalid', agent_error: { code: 'BadRequest', kind: 'NON_RECOVERABLE' } });
    stream.end();
  });
});

describe('task categories (type, version)', () => {
  it('CreateTask routes by (template.type, task_type_version); an unknown pair is NOT_FOUND in flytekit\'s words', async () => {
    for (const [version, plugin] of [[0, 'ver-zero'], [1, 'ver-one'], [2, 'ver-one']] as const) {
      const { resource_meta } = await create(versionTemplate(version));
      expect(JSON.parse(resource_meta.toString())).toMatchObject({ plugin, taskType: 'ver_job', ...(version ? { taskTypeVersion: version } : {}) });
      const r = await get(resource_meta, { task_category: { name: 'ver_job', version } });
      expect(r.outputs.literals.servedBy.scalar.primitive.string_value).toBe(plugin);
    }
    const err = await callError((cb) => clients.async.CreateTask({ template: versionTemplate(3) } as never, md(), cb));
    expect(err.code).toBe(clients.grpc.status.NOT_FOUND);
    expect(err.details).toMatch(/^Cannot find connector for task type: ver_job \(3\)\. This server serves: .*ver_job \(0\), ver_job \(1\), ver_job \(2\)/);
  });

  it('ExecuteTaskSync matches the version too', async () => {
    const err = await new Promise<any>((resolve) => {
      const stream = clients.sync.ExecuteTaskSync(md(), deadline());
      stream.on('data', () => {});
      stream.on('error', resolve);
      stream.write({ header: { template: { ...simTemplate({}), type: 'echo_sync', task_type_version: 1 } } } as never);
      stream.write({ inputs: { literals: {} } } as never);
    });
    expect(err.code).toBe(clients.grpc.status.NOT_FOUND);
    expect(err.details).toMatch(/Cannot find connector for task type: echo_sync \(1\)/);
  });

  it('ListAgents lists every version of a name in one agent, in ascending order', async () => {
    const res = await call<{ agents: any[] }>((cb) => clients.metadata.ListAgents({}, md(), cb));
    const byName = Object.fromEntries(res.agents.map((a) => [a.name, a.supported_task_categories.map((c: any) => `${c.name}:${c.version}`)]));
    expect(byName['ver-one']).toEqual(['ver_job:0', 'ver_job:1', 'ver_job:2']);
    expect(byName['ver-zero']).toEqual([]);
    expect(res.agents.find((a) => a.name === 'ver-one').supported_task_types).toEqual(['ver_job']);
  });
});

describe('GetTask / DeleteTask check the category against resource_meta', () => {
  it('a category that names another type is INVALID_ARGUMENT, an unknown one NOT_FOUND, another version NOT_FOUND', async () => {
    const { resource_meta } = await create(simTemplate({ runMs: 60_000 }));
    let err = await callError((cb) => clients.async.GetTask({ task_category: { name: 'echo_sync', version: 0 }, resource_meta }, md(), cb));
    expect(err.code).toBe(clients.grpc.status.INVALID_ARGUMENT);
    expect(err.details).toMatch(/task category echo_sync \(0\) does not match the resource_meta, which was created for sim_job \(0\)/);
    err = await callError((cb) => clients.async.GetTask({ task_category: { name: 'nope', version: 0 }, resource_meta }, md(), cb));
    expect(err.code).toBe(clients.grpc.status.NOT_FOUND);
    err = await callError((cb) => clients.async.DeleteTask({ task_category: { name: 'sim_job', version: 1 }, resource_meta }, md(), cb));
    expect(err.code).toBe(clients.grpc.status.NOT_FOUND);
    expect(err.details).toMatch(/Cannot find connector for task type: sim_job \(1\)/);
  });

  it('an empty task_category.name falls back to the deprecated task_type (version 0)', async () => {
    const { resource_meta } = await create(simTemplate({ runMs: 60_000 }));
    const r = await get(resource_meta, { task_type: 'sim_job', task_category: { name: '', version: 0 } });
    expect(r.phase).toBe('RUNNING');
    const err = await callError((cb) => clients.async.GetTask({ task_type: 'echo_sync', resource_meta }, md(), cb));
    expect(err.code).toBe(clients.grpc.status.INVALID_ARGUMENT);
  });
});

describe('secrets as flytekit reads them', () => {
  it('_FSEC_<KEY> and secret files are stripped of surrounding whitespace', async () => {
    for (const [secret, expectSecret] of [['padded_token', 'tok-from-env'], ['file_token', 'tok-from-file']]) {
      const { resource_meta } = await create(simTemplate({ secret, expectSecret }, { secretMatches: { simple: 'BOOLEAN' }, jobId: STR }));
      const r = await get(resource_meta);
      expect(r.outputs.literals.secretMatches.scalar.primitive.boolean).toBe(true);
    }
  });
});

describe('what retrying cannot fix is a FAILED resource', () => {
  it('a missing secret in create: CreateTask succeeds, GetTask says FAILED with the message', async () => {
    const { resource_meta } = await create(simTemplate({ secret: 'missing_key' }));
    const r = await get(resource_meta);
    expect(r).toMatchObject({ phase: 'FAILED', state: 'PERMANENT_FAILURE', agent_error: { code: 'SecretNotFound', kind: 'NON_RECOVERABLE', origin: 'USER' } });
    expect(r.message).toMatch(/secret "missing_key" not found: tried environment variable _FSEC_MISSING_KEY and file .*missing_key/);
  });

  it('a PermanentError from get or from status is FAILED with its message', async () => {
    let r = await get((await create(simTemplate({ getPermanent: 'the job was purged' }))).resource_meta);
    expect(r).toMatchObject({ phase: 'FAILED', message: 'the job was purged', agent_error: { code: 'JobGone', origin: 'USER' } });
    r = await get((await create(simTemplate({ statusPermanent: 'unreadable result' }))).resource_meta);
    expect(r).toMatchObject({ phase: 'FAILED', message: 'unreadable result', agent_error: { code: 'BadResult', origin: 'SYSTEM' } });
  });

  it('a resource_meta whose recorded output types are invalid (another server version wrote it) is FAILED, not an error on every poll', async () => {
    const resource_meta = encodeResourceMeta({ v: 1, plugin: 'sim', taskType: 'sim_job', meta: { jobId: 'x', startedAt: 0, runMs: 0, custom: {}, inputs: {} }, outputTypes: { n: { simple: 'INTEGR' } } });
    const r = await get(resource_meta);
    expect(r).toMatchObject({ phase: 'FAILED', agent_error: { code: 'InvalidInterface' } });
    expect(r.message).toMatch(/interface declares an invalid output type: interface\.outputs\.n\.type\.simple: invalid SimpleType "INTEGR" \(did you mean INTEGER\?\)/);
  });

  it('outputs that do not match the interface are FAILED naming the output', async () => {
    const { resource_meta } = await create(simTemplate({ extraOutputs: { n: 'not a number' } }, { n: INT, jobId: STR }));
    const r = await get(resource_meta);
    expect(r).toMatchObject({ phase: 'FAILED', agent_error: { code: 'OutputsInvalid' } });
    expect(r.message).toMatch(/output "n" is declared INTEGER, but the plugin put STRING \(outputs\.n: expected an integer/);
  });

  it('undeclared outputs are FAILED naming them; a declared output left out is FAILED OutputsNotFound; none at all is RETRYABLE_FAILED (the check `run` makes)', async () => {
    let r = await get((await create(simTemplate({ extraOutputs: { count: 3 } }, { jobId: STR }))).resource_meta);
    expect(r).toMatchObject({ phase: 'FAILED', agent_error: { code: 'OutputsInvalid', kind: 'NON_RECOVERABLE' } });
    expect(r.message).toMatch(/output "count" is not declared by the task's interface; it declares jobId \(STRING\)/);
    r = await get((await create(simTemplate({}, { jobId: STR, total: INT }))).resource_meta);
    expect(r).toMatchObject({ phase: 'FAILED', agent_error: { code: 'OutputsNotFound' } });
    expect(r.message).toMatch(/the plugin put no output "total" \(INTEGER\)/);
    r = await get((await create(simTemplate({ noOutputs: true }, { jobId: STR }))).resource_meta);
    expect(r).toMatchObject({ phase: 'RETRYABLE_FAILED', agent_error: { code: 'OutputsNotFound', kind: 'RECOVERABLE' } });
    expect(r.message).toMatch(/^Outputs not generated by task execution: the task declares jobId \(STRING\), but the plugin put no outputs/);
  });
});

describe('every string leaving the server is redacted', () => {
  it('message, log links, custom_info and outputs of a GetTask Resource', async () => {
    const { resource_meta } = await create(simTemplate({ secret: 'api_token', leakInResource: true }));
    const r = await get(resource_meta);
    expect(r.phase).toBe('SUCCEEDED');
    expect(r.message).toBe('finished with [REDACTED]');
    expect(r.log_links[0]).toMatchObject({ name: 'console [REDACTED]', uri: 'https://sim.example/jobs?token=[REDACTED]' });
    expect(r.custom_info.fields.token.stringValue).toBe('[REDACTED]');
    expect(r.custom_info.fields.nested.structValue.fields.deep.listValue.values[0].stringValue).toBe('[REDACTED]');
    expect(r.outputs.literals.leaked.scalar.primitive.string_value).toBe('token=[REDACTED]');
    expect(JSON.stringify(r)).not.toContain(TOKEN);
  });
});

describe('status codes', () => {
  it('undecodable request bytes are INVALID_ARGUMENT', async () => {
    const { grpc } = clients;
    const raw = { requestSerialize: (b: Buffer) => b, responseDeserialize: (b: Buffer) => b, requestStream: false, responseStream: false };
    const Raw = grpc.makeGenericClientConstructor({ GetTask: { path: '/flyteidl.service.AsyncAgentService/GetTask', ...raw } } as never, 'Raw');
    const client = new Raw(clients.async.getChannel().getTarget(), grpc.credentials.createInsecure()) as any;
    try {
      const err = await callError((cb) => client.GetTask(Buffer.from([0x12, 0xff, 0x01]), cb));
      expect(err.code).toBe(grpc.status.INVALID_ARGUMENT);
      expect(err.details).toMatch(/the GetTask request is not a valid protobuf message/);
    } finally {
      client.close();
    }
  });

  it('a plugin bug — a BigInt in resourceMeta — is INTERNAL naming the plugin', async () => {
    const err = await callError((cb) => create(simTemplate({ bigintMeta: true })).then((r) => cb(null, r), (e) => cb(e)));
    expect(err.code).toBe(clients.grpc.status.INTERNAL);
    expect(err.details).toBe('plugin sim: create returned a resourceMeta that cannot be sent to Flyte as JSON: resourceMeta.jobId is a bigint');
  });
});

describe('start-up', () => {
  it('--task-type narrows what is served and advertised to some names, every version of them', async () => {
    const s = await startServer({ entries: [...simEntries, ...versioned], taskTypes: ['ver_job'] });
    const c = await clientsFor(s.address);
    try {
      expect(s.server.agents.map((a) => [a.name, a.categories.map((x) => x.version)])).toEqual([
        ['ver-zero', [0]],
        ['ver-one', [1, 2]],
      ]);
      const err = await callError((cb) => c.async.CreateTask({ template: simTemplate({}) } as never, new c.grpc.Metadata(), cb));
      expect(err.code).toBe(c.grpc.status.NOT_FOUND);
      expect(err.details).toMatch(/This server serves: ver_job \(0\), ver_job \(1\), ver_job \(2\)$/);
    } finally {
      c.close();
      s.server.forceShutdown();
    }
  });

  it('plugin config is checked as the engine checks it: out of Flyte\'s ranges warns, invalid refuses to start', async () => {
    const lines: string[] = [];
    const logger = { debug() {}, info() {}, warn: (m: string, f?: Record<string, unknown>) => lines.push(`${m} ${JSON.stringify(f)}`), error() {} };
    const entry = (config: Record<string, unknown>) => ({ ...versioned[0]!, pluginLoader: () => ({ ...tagged('x'), getConfig: () => config }) });
    const s = await createAgentServer({ entries: [entry({ readRateLimiter: { qps: 10, burst: 20000 } })], logger });
    s.forceShutdown();
    expect(lines).toEqual([`plugin config: readRateLimiter.burst = 20000 is outside Flyte's production range 5–10000: fine locally, rejected by Flyte {"plugin":"ver-zero"}`]);
    const err = await createAgentServer({ entries: [entry({ readRateLimiter: { qps: -1, burst: 10 } })] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServeSetupError);
    expect((err as Error).message).toMatch(/^plugin "ver-zero": invalid config: readRateLimiter\.qps must be a positive number, got -1/);
  });

  it('two entries claiming one (type, version) refuse to start, naming both', async () => {
    const err = await createAgentServer({ entries: duplicates }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServeSetupError);
    expect((err as Error).message).toBe('two plugin entries claim the same task category: task type dup_job (0) is claimed by plugin entries "first-plugin" and "second-plugin"');
  });
});
