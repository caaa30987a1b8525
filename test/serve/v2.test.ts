/**
 * Flyte 2's connector services (flyteidl2.connector) in-process, on our own codecs: messages (named
 * literals, interfaces as entry lists, no state/agent_error), sync plugins through CreateTask + GetTask
 * (inline, outputs.pb, too large), connections (secrets first, configs on every context, redacted),
 * one envelope for both generations, health, and --protocol.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { literalMapToValues } from '../../src/literals/index.js';
import { loadProtos } from '../../src/serve/proto.js';
import type { AgentServer } from '../../src/serve/server.js';
import { RESULT_IN_META_LIMIT_BYTES } from '../../src/serve/sync-result.js';
import { Redactor } from '../../src/util/redact.js';
import connEntries from './fixtures/connection-plugin.js';
import simEntries from './fixtures/sim-plugin.js';
import { call, callError, clients2For, clientsFor, simTemplate, simTemplateV2, startServer, STR, taskExecutionMetadata } from './helpers.js';

const PROCESS_KEY = 'process-level-key-1f0a';
const TASK_KEY = 'per-task-key-9c4e7d';
let server: AgentServer;
let address: string;
let c2: Awaited<ReturnType<typeof clients2For>>;
let c1: Awaited<ReturnType<typeof clientsFor>>;
const redactor = new Redactor();

beforeAll(async () => {
  ({ server, address } = await startServer({ entries: [...simEntries, ...connEntries], env: { _FSEC_API_KEY: PROCESS_KEY, _FSEC_API_TOKEN: PROCESS_KEY }, secretsDir: '/nonexistent', redactor }));
  [c1, c2] = await Promise.all([clientsFor(address), clients2For(address)]);
});
afterAll(() => {
  c1?.close();
  c2?.close();
  server?.forceShutdown();
});

const md = () => new c2.grpc.Metadata();
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const named = (o: Record<string, unknown>) => ({ literals: Object.entries(o).map(([name, value]) => ({ name, value })) });
const str = (s: string) => ({ scalar: { primitive: { string_value: s } } });
const int = (n: string) => ({ scalar: { primitive: { integer: n } } });

async function create2(req: Record<string, unknown>) {
  return call<{ resource_meta: Buffer }>((cb) => c2.async.CreateTask(req as never, md(), cb));
}
async function get2(meta: Buffer, name = 'sim_job', extra: Record<string, unknown> = {}) {
  const res = await call<{ resource: Record<string, any> }>((cb: any) => c2.async.GetTask({ task_category: { name, version: 0 }, resource_meta: meta, ...extra }, md(), cb));
  return res.resource;
}
const outputsOf = (r: Record<string, any>) => literalMapToValues({ literals: Object.fromEntries(r.outputs.literals.map((l: any) => [l.name, l.value])) }, 'outputs');

describe('ConnectorMetadataService', () => {
  it('ListConnectors: one connector per plugin entry with its categories (no is_sync); GetConnector; NOT_FOUND', async () => {
    const res = await call<{ connectors: any[] }>((cb) => c2.metadata.ListConnectors({}, md(), cb));
    expect(res.connectors.map((c) => [c.name, c.supported_task_categories.map((t: any) => `${t.name}:${t.version}`)])).toEqual([
      ['sim', ['sim_job:0']],
      ['echo', ['echo_sync:0']],
      ['boom', ['boom:0']],
      ['conn', ['conn_job:0']],
    ]);
    expect(res.connectors[0]).not.toHaveProperty('is_sync');
    const one = await call<{ connector: any }>((cb) => c2.metadata.GetConnector({ name: 'echo' }, md(), cb));
    expect(one.connector.name).toBe('echo');
    const err = await callError((cb) => c2.metadata.GetConnector({ name: 'nope' }, md(), cb));
    expect(err.code).toBe(c2.grpc.status.NOT_FOUND);
  });
});

describe('AsyncConnectorService', () => {
  it('CreateTask (named inputs in any order, interface as entries) → GetTask SUCCEEDED with typed task.Outputs, log links; no state', async () => {
    const template = simTemplateV2({ runMs: 0 }, { big: { simple: 'INTEGER' }, name: STR, jobId: STR });
    const inputs = named({ name: str('héllo'), big: int('9007199254740993') });
    const { resource_meta } = await create2({ template, inputs, output_prefix: 's3://b/o', task_execution_metadata: taskExecutionMetadata() });
    const env = JSON.parse(resource_meta.toString());
    expect(env).toMatchObject({ v: 1, plugin: 'sim', taskType: 'sim_job', outputTypes: { big: { simple: 'INTEGER' } } });
    const r = await get2(resource_meta);
    expect(r.phase).toBe('SUCCEEDED');
    expect(r).not.toHaveProperty('state');
    expect(r).not.toHaveProperty('agent_error');
    expect(r.log_links[0]).toMatchObject({ name: 'Sim console', uri: 'https://sim.example/jobs/f3a9c2-n0-0' });
    expect(r.outputs.literals.map((l: any) => l.name).sort()).toEqual(['big', 'jobId', 'name']);
    expect(r.outputs.literals.find((l: any) => l.name === 'big').value.scalar.primitive.integer).toBe('9007199254740993');
    expect(outputsOf(r)).toEqual({ big: 9007199254740993n, name: 'héllo', jobId: 'f3a9c2-n0-0' });
  });

  it('a failure is the phase and the message (a failed job, a permanent error, a missing secret)', async () => {
    const fail = await get2((await create2({ template: simTemplateV2({ fail: 'the cluster said no' }) })).resource_meta);
    expect(fail).toMatchObject({ phase: 'FAILED', message: 'the cluster said no' });
    const perm = await get2((await create2({ template: simTemplateV2({ permanent: 'bad query' }) })).resource_meta);
    expect(perm).toMatchObject({ phase: 'FAILED', message: 'bad query' });
    const secret = await get2((await create2({ template: simTemplateV2({ secret: 'missing_key' }) })).resource_meta);
    expect(secret.phase).toBe('FAILED');
    expect(secret.message).toContain('secret "missing_key" not found');
  });

  it('unknown type → NOT_FOUND in flytekit\'s words; duplicate or nameless inputs → INVALID_ARGUMENT', async () => {
    const err = await callError((cb) => c2.async.CreateTask({ template: simTemplateV2({}, undefined, 'no_such_type') } as never, md(), cb));
    expect(err.code).toBe(c2.grpc.status.NOT_FOUND);
    expect(err.details).toMatch(/^Cannot find connector for task type: no_such_type \(0\)\./);
    const dup = await callError((cb) => c2.async.CreateTask({ template: simTemplateV2({}), inputs: named({ a: str('1') }) && { literals: [{ name: 'a', value: str('1') }, { name: 'a', value: str('2') }] } } as never, md(), cb));
    expect(dup.code).toBe(c2.grpc.status.INVALID_ARGUMENT);
    expect(dup.details).toContain('the input "a" is given twice');
    const nameless = await callError((cb) => c2.async.CreateTask({ template: simTemplateV2({}), inputs: { literals: [{ value: str('1') }] } } as never, md(), cb));
    expect(nameless.details).toContain('inputs.literals[0] has no name');
  });

  it('GetTaskLogs streams Flyte 2\'s body (`lines`); GetTaskMetrics answers Structs', async () => {
    const { resource_meta } = await create2({ template: simTemplateV2({ runMs: 0 }), task_execution_metadata: taskExecutionMetadata() });
    const parts: any[] = [];
    await new Promise<void>((resolve, reject) => {
      const s = c2.async.GetTaskLogs({ resource_meta, task_category: { name: 'sim_job', version: 0 }, lines: 2 } as never, md());
      s.on('data', (p: any) => parts.push(p));
      s.on('end', resolve);
      s.on('error', reject);
    });
    expect(parts[0]).toMatchObject({ header: { token: '2' } });
    expect(parts[1].body.lines.map((l: any) => l.message)).toEqual(['f3a9c2-n0-0: step 1/5\n', 'f3a9c2-n0-0: step 2/5\n']);
    const m = await call<{ results: any[] }>((cb) => c2.async.GetTaskMetrics({ resource_meta, task_category: { name: 'sim_job', version: 0 }, queries: ['CPU'] } as never, md(), cb));
    expect(m.results[0].metric).toBe('CPU');
    expect(m.results[0].data.fields.resultType.stringValue).toBe('matrix');
  });

  it('one resource_meta, either generation: v1 CreateTask answered by v2 GetTask and the reverse', async () => {
    const v1 = await call<{ resource_meta: Buffer }>((cb) => c1.async.CreateTask({ template: simTemplate({}, { jobId: STR }), task_execution_metadata: taskExecutionMetadata() } as never, new c1.grpc.Metadata(), cb));
    const r2 = await get2(v1.resource_meta);
    expect(r2.phase).toBe('SUCCEEDED');
    expect(outputsOf(r2)).toEqual({ jobId: 'f3a9c2-n0-0' });
    const v2 = await create2({ template: simTemplateV2({}, { jobId: STR }), task_execution_metadata: taskExecutionMetadata() });
    const r1 = await call<{ resource: any }>((cb) => c1.async.GetTask({ task_category: { name: 'sim_job', version: 0 }, resource_meta: v2.resource_meta } as never, new c1.grpc.Metadata(), cb));
    expect(r1.resource).toMatchObject({ phase: 'SUCCEEDED', state: 'SUCCEEDED' });
    expect(r1.resource.outputs.literals.jobId.scalar.primitive.string_value).toBe('f3a9c2-n0-0');
  });
});

describe('sync plugins on Flyte 2 (no sync service): do in CreateTask, its result from GetTask', () => {
  const echoTemplate = () => ({ ...simTemplateV2({}), type: 'echo_sync' });

  it('small outputs ride in resource_meta; every GetTask answers them; DeleteTask is a no-op', async () => {
    const { resource_meta } = await create2({ template: echoTemplate(), inputs: named({ n: int('7') }), output_prefix: 's3://b/sync' });
    expect(JSON.parse(resource_meta.toString()).result).toMatchObject({ phase: 'SUCCEEDED', outputs: expect.any(String) });
    for (let i = 0; i < 2; i++) {
      const r = await get2(resource_meta, 'echo_sync');
      expect(r.phase).toBe('SUCCEEDED');
      expect(outputsOf(r)).toEqual({ echoed: { n: 7 }, taskType: 'echo_sync' });
    }
    await call((cb) => c2.async.DeleteTask({ task_category: { name: 'echo_sync', version: 0 }, resource_meta } as never, md(), cb));
    // v1 answers the same envelope too
    const r1 = await call<{ resource: any }>((cb) => c1.async.GetTask({ task_category: { name: 'echo_sync', version: 0 }, resource_meta } as never, new c1.grpc.Metadata(), cb));
    expect(r1.resource.outputs.literals.taskType.scalar.primitive.string_value).toBe('echo_sync');
  });

  it(`outputs beyond ${RESULT_IN_META_LIMIT_BYTES / 1024} KiB: written as <output_prefix>/outputs.pb (a LiteralMap), GetTask SUCCEEDED without outputs`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sync-out-'));
    const big = 'x'.repeat(RESULT_IN_META_LIMIT_BYTES + 1000);
    for (const prefix of [dir, `file://${dir}/uri`]) {
      const { resource_meta } = await create2({ template: echoTemplate(), inputs: named({ big: str(big) }), output_prefix: prefix });
      expect(resource_meta.length).toBeLessThanOrEqual(RESULT_IN_META_LIMIT_BYTES);
      const r = await get2(resource_meta, 'echo_sync');
      expect(r.phase).toBe('SUCCEEDED');
      expect(r.outputs).toBeNull();
      const file = prefix.startsWith('file://') ? join(dir, 'uri', 'outputs.pb') : join(dir, 'outputs.pb');
      const map = (await loadProtos()).codec('flyteidl.core.LiteralMap').deserialize(readFileSync(file));
      expect(literalMapToValues(map as never, 'outputs')).toEqual({ echoed: { big }, taskType: 'echo_sync' });
    }
  });

  it('outputs beyond the limit with an output prefix serve cannot write (s3://): FAILED ResultTooLarge saying what to do', async () => {
    const big = 'x'.repeat(RESULT_IN_META_LIMIT_BYTES + 1000);
    const { resource_meta } = await create2({ template: echoTemplate(), inputs: named({ big: str(big) }), output_prefix: 's3://bucket/out' });
    const r = await get2(resource_meta, 'echo_sync');
    expect(r.phase).toBe('FAILED');
    expect(r.message).toMatch(/outputs of synchronous plugin echo are \d+ KiB, more than the 64 KiB resource_meta carries on Flyte 2/);
    expect(r.message).toContain('s3:// is not available');
    expect(r.message).toContain('write {output_prefix}/outputs.pb');
  });
});

describe('connections', () => {
  const connection = { task_type: 'conn_job', secrets: { api_key: TASK_KEY }, configs: { region: 'eu-west-3' } };
  const template = (key = TASK_KEY) => ({ ...simTemplateV2({ expect: sha256(key) }), type: 'conn_job' });

  it('the task\'s secrets come first in every secretManager (task and setup contexts); configs reach create, get and status', async () => {
    const { resource_meta } = await create2({ template: template(), connection });
    expect(resource_meta.toString()).not.toContain(TASK_KEY);
    const r = await get2(resource_meta, 'conn_job', { connection });
    expect(r.phase).toBe('SUCCEEDED');
    expect(outputsOf(r)).toEqual({ createRegion: 'eu-west-3', getRegion: 'eu-west-3', statusRegion: 'eu-west-3', createTokenMatches: true, getTokenMatches: true, statusTokenMatches: true });
    const log = join(mkdtempSync(join(tmpdir(), 'conn-')), 'deletes.log');
    process.env.CONN_DELETE_LOG = log;
    try {
      await call((cb) => c2.async.DeleteTask({ task_category: { name: 'conn_job', version: 0 }, resource_meta, connection } as never, md(), cb));
      await call((cb) => c2.async.DeleteTask({ task_category: { name: 'conn_job', version: 0 }, resource_meta } as never, md(), cb));
    } finally {
      delete process.env.CONN_DELETE_LOG;
    }
    expect(readFileSync(log, 'utf8')).toBe('delete region=eu-west-3 token=matches\ndelete region=- token=differs\n');
  });

  it('without a connection: the process-level secret, no configs', async () => {
    const { resource_meta } = await create2({ template: template(PROCESS_KEY) });
    const r = await get2(resource_meta, 'conn_job');
    expect(outputsOf(r)).toEqual({ createRegion: '', getRegion: '', statusRegion: '', createTokenMatches: true, getTokenMatches: true, statusTokenMatches: true });
  });

  it('a connection secret is redacted from what leaves the server (error details, Resource)', async () => {
    const leak = { task_type: 'sim_job', secrets: { api_token: 'conn-secret-77aa' }, configs: {} };
    const err = await callError((cb) => c2.async.CreateTask({ template: simTemplateV2({ secret: 'api_token', leakSecret: true }), connection: leak } as never, md(), cb));
    expect(err.code).toBe(c2.grpc.status.INTERNAL);
    expect(err.details).toBe('remote rejected token [REDACTED]');
    const { resource_meta } = await create2({ template: simTemplateV2({ secret: 'api_token', leakInResource: true }), connection: leak });
    const r = await get2(resource_meta, 'sim_job', { connection: leak });
    expect(JSON.stringify(r)).not.toContain('conn-secret-77aa');
    expect(r.message).toBe('finished with [REDACTED]');
  });
});

describe('health and --protocol', () => {
  it('health: SERVING for "", every v1 and v2 service name', async () => {
    for (const service of ['', 'flyteidl.service.AsyncAgentService', 'flyteidl.service.SyncAgentService', 'flyteidl.service.AgentMetadataService', 'flyteidl2.connector.AsyncConnectorService', 'flyteidl2.connector.ConnectorMetadataService']) {
      const res = await call<{ status: string }>((cb) => c1.health.Check({ service }, new c1.grpc.Metadata(), cb));
      expect([service, res.status]).toEqual([service, 'SERVING']);
    }
    expect(server.protocols).toEqual(['v1', 'v2']);
  });

  it('protocols: [v2] serves only Flyte 2 (v1 UNIMPLEMENTED, its health names unknown), and the reverse', async () => {
    const only2 = await startServer({ entries: simEntries, protocols: ['v2'] });
    const only1 = await startServer({ entries: simEntries, protocols: ['v1'] });
    const [a1, a2, b1, b2] = await Promise.all([clientsFor(only2.address), clients2For(only2.address), clientsFor(only1.address), clients2For(only1.address)]);
    try {
      expect(only2.server.generations).toEqual(['flyteidl2 (Flyte 2 connectors)']);
      expect((await call<{ connectors: any[] }>((cb) => a2.metadata.ListConnectors({}, md(), cb))).connectors).toHaveLength(3);
      expect((await callError((cb) => a1.metadata.ListAgents({}, new a1.grpc.Metadata(), cb))).code).toBe(a1.grpc.status.UNIMPLEMENTED);
      expect((await callError((cb) => a1.health.Check({ service: 'flyteidl.service.AsyncAgentService' }, new a1.grpc.Metadata(), cb))).code).toBe(a1.grpc.status.NOT_FOUND);
      expect(only1.server.generations).toEqual(['flyteidl v1 (Flyte 1.x agents/connectors)']);
      expect((await callError((cb) => b2.metadata.ListConnectors({}, md(), cb))).code).toBe(b2.grpc.status.UNIMPLEMENTED);
      expect((await call<{ agents: any[] }>((cb) => b1.metadata.ListAgents({}, new b1.grpc.Metadata(), cb))).agents).toHaveLength(3);
    } finally {
      [a1, a2, b1, b2].forEach((c) => c.close());
      only2.server.forceShutdown();
      only1.server.forceShutdown();
    }
  });
});
