/**
 * `run --agent` against our own server, Flyte 2 side: the agent plugin in-process (the generation chosen
 * or detected, the connection sent from the task template, sync plugins through CreateTask + GetTask),
 * then the built bin (detection either way, connection secrets from the task file never shown, resume
 * after a detach), and `run`'s warning for a task file without `custom`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyAsyncPlugin } from '../../src/plugin/plugin.js';
import { type AgentResourceMeta, createAgentPluginEntry } from '../../src/serve/agent-plugin.js';
import type { AgentServer } from '../../src/serve/server.js';
import { REPO_ROOT, runCli, tempDir } from '../helpers/cli.js';
import connEntries from './fixtures/connection-plugin.js';
import simEntries from './fixtures/sim-plugin.js';
import { ctxFor, startServer } from './helpers.js';
import { interruptWhen, serve, type Served } from './spawn.js';

const TOKEN = 'run-agent-conn-token-5e21';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const CONNECTION = join(REPO_ROOT, 'test', 'serve', 'fixtures', 'connection-plugin.ts');

describe('the agent plugin, Flyte 2 side (in-process)', () => {
  let both: { server: AgentServer; address: string };
  let only1: { server: AgentServer; address: string };
  let only2: { server: AgentServer; address: string };
  beforeAll(async () => {
    const entries = [...simEntries, ...connEntries];
    [both, only1, only2] = await Promise.all([
      startServer({ entries, env: { _FSEC_API_KEY: 'process-level' } }),
      startServer({ entries, protocols: ['v1'] }),
      startServer({ entries, protocols: ['v2'] }),
    ]);
  });
  afterAll(() => [both, only1, only2].forEach((s) => s?.server.forceShutdown()));

  const load = (address: string, opts: Parameters<typeof createAgentPluginEntry>[1] = {}, setupSecrets: Record<string, string> = {}) =>
    createAgentPluginEntry(address, { defaultTimeoutMs: 5000, ...opts }).pluginLoader({ secretManager: { get: async (k: string) => setupSecrets[k] ?? '' } } as never) as Promise<AnyAsyncPlugin>;

  async function roundTrip(plugin: AnyAsyncPlugin, template: Record<string, unknown>, inputs: Record<string, unknown>, secrets: Record<string, string> = {}) {
    const { ctx, collected } = ctxFor(template, inputs, secrets);
    const created = await plugin.create(ctx);
    const resource = created.resource !== undefined ? created.resource : await plugin.get({ resourceMeta: created.resourceMeta, signal: ctx.signal });
    const info = await plugin.status({ ...ctx, resourceMeta: created.resourceMeta, resource } as never);
    return { meta: created.resourceMeta as AgentResourceMeta, info, outputs: collected.outputs };
  }
  const simTask = { type: 'sim_job', custom: { runMs: 0 }, interface: { inputs: { variables: { big: { type: { simple: 'INTEGER' } } } } } };

  it('detects the generation: Flyte 2 when ListConnectors answers, v1 when it is UNIMPLEMENTED; records it with the task', async () => {
    for (const [address, protocol] of [[both.address, 'v2'], [only2.address, 'v2'], [only1.address, undefined]] as const) {
      const r = await roundTrip(await load(address), simTask, { big: '9007199254740993', name: 'w' });
      expect([address, r.meta.protocol, r.info.phase]).toEqual([address, protocol, 'Success']);
      expect(r.outputs).toMatchObject({ big: '9007199254740993', name: 'w', jobId: 'local-run-n0-0' });
    }
  });

  it('--agent-protocol v1 against a Flyte 2-only server: the task fails at once (UNIMPLEMENTED, permanent)', async () => {
    const { ctx } = ctxFor(simTask, {});
    await expect((await load(only2.address, { protocol: 'v1' })).create(ctx)).rejects.toMatchObject({ name: 'PermanentError', message: expect.stringContaining('UNIMPLEMENTED') });
  });

  it('a sync plugin over Flyte 2: CreateTask, then the first GetTask answers its result', async () => {
    const r = await roundTrip(await load(both.address, { protocol: 'v2' }), { type: 'echo_sync', custom: {} }, { x: 1 });
    expect(r.meta).not.toHaveProperty('sync');
    expect(r.info.phase).toBe('Success');
    expect(r.outputs).toEqual({ echoed: { x: 1 }, taskType: 'echo_sync' });
  });

  it('the connection: secrets named in custom.secrets, resolved locally (create: the task\'s secrets; get/delete: the setup\'s), configs from custom.configs', async () => {
    const template = { type: 'conn_job', custom: { expect: sha256(TOKEN), secrets: { api_key: 'conn_token' }, configs: { region: 'eu-north-1' } } };
    const plugin = await load(both.address, { protocol: 'v2' }, { conn_token: TOKEN });
    const r = await roundTrip(plugin, template, {}, { conn_token: TOKEN });
    expect(r.meta.connection).toEqual({ secretNames: { api_key: 'conn_token' }, configs: { region: 'eu-north-1' } });
    expect(JSON.stringify(r.meta)).not.toContain(TOKEN);
    expect(r.outputs).toEqual({ createRegion: 'eu-north-1', getRegion: 'eu-north-1', statusRegion: 'eu-north-1', createTokenMatches: true, getTokenMatches: true, statusTokenMatches: true });
    // securityContext.secrets are sent under their key
    const viaSecurityContext = await roundTrip(plugin, { type: 'conn_job', custom: { expect: sha256(TOKEN) }, securityContext: { secrets: [{ key: 'api_key' }] } }, {}, { api_key: TOKEN });
    expect(viaSecurityContext.outputs).toMatchObject({ createTokenMatches: true });
    // a connection secret the run cannot resolve fails the task (the secret manager's permanent error)
    const missing = ctxFor(template, {});
    missing.ctx.secretManager.get = async (k: string) => Promise.reject(Object.assign(new Error(`secret "${k}" not found`), { name: 'PermanentError' }));
    await expect(plugin.create(missing.ctx)).rejects.toThrow('secret "conn_token" not found');
    const bad = ctxFor({ type: 'conn_job', custom: { secrets: { api_key: 3 } } }, {});
    await expect(plugin.create(bad.ctx)).rejects.toMatchObject({ name: 'PermanentError', message: "the task's connection cannot be sent: custom.secrets.api_key must be a string, got 3" });
  });
});

describe('run --agent against a spawned server (built bin)', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serve(['--plugin', CONNECTION], { _FSEC_API_KEY: 'process-level' });
  });
  afterAll(() => {
    if (served?.child.exitCode === null) served.child.kill('SIGKILL');
  });

  /** CreateTask calls the server answered for sim_job (its Prometheus counter). */
  const createCount = async () => {
    const url = /^metrics: (http\S+)$/m.exec(served.stdout())![1]!;
    const text = await (await fetch(url)).text();
    return Number(/^flyte_connector_requests_success_total\{task_type="sim_job",operation="create"\} (\d+)$/m.exec(text)?.[1] ?? 0);
  };
  const stateFiles = (dir: string) => {
    const runs = join(dir, '.webapi-plugin', 'runs');
    return readdirSync(runs).map((id) => readFileSync(join(runs, id, 'state.json'), 'utf8'));
  };

  it('detects Flyte 2 on a server of both generations or of Flyte 2 only, v1 on a v1-only one; same outputs, exit 0', async () => {
    const [v1only, v2only] = await Promise.all([serve(['--protocol', 'v1']), serve(['--protocol', 'v2'])]);
    try {
      expect(v1only.stdout()).toMatch(/^protocols: flyteidl v1 \(Flyte 1\.x agents\/connectors\)$/m);
      expect(v2only.stdout()).toMatch(/^protocols: flyteidl2 \(Flyte 2 connectors\)$/m);
      for (const [address, v2] of [[served.address, true], [v2only.address, true], [v1only.address, false]] as const) {
        const dir = tempDir();
        writeFileSync(join(dir, 'task.yaml'), 'type: sim_job\ncustom: {runMs: 0}\ninputs: {name: world}\n');
        const r = await runCli(['run', 'task.yaml', '--agent', address, '--json'], { cwd: dir, timeoutMs: 30000 });
        expect(r.code, r.stderr).toBe(0);
        expect(JSON.parse(r.stdout).outputs).toMatchObject({ name: 'world' });
        const state = stateFiles(dir).join('\n');
        if (v2) expect(state).toMatch(/"protocol": ?"v2"/);
        else expect(state).not.toContain('"protocol"');
      }
    } finally {
      v1only.child.kill('SIGKILL');
      v2only.child.kill('SIGKILL');
    }
  });

  it('sends the task file\'s connection (custom.secrets resolved from FLYTE_SECRET_*, custom.configs); the secret never shows', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'conn.yaml'),
      ['type: conn_job', 'custom:', `  expect: ${sha256(TOKEN)}`, '  secrets: {api_key: conn_token}', '  configs: {region: sa-east-1}', 'execution: {name: conn-run}', ''].join('\n'),
    );
    const r = await runCli(['run', 'conn.yaml', '--agent', served.address, '--agent-protocol', 'v2', '--json', '--caching.resyncInterval', '100ms'], {
      cwd: dir,
      timeoutMs: 30000,
      env: { FLYTE_SECRET_conn_token: TOKEN },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).outputs).toEqual({ createRegion: 'sa-east-1', getRegion: 'sa-east-1', statusRegion: 'sa-east-1', createTokenMatches: true, getTokenMatches: true, statusTokenMatches: true });
    expect(r.stdout + r.stderr + served.stdout() + served.stderr() + stateFiles(dir).join('')).not.toContain(TOKEN);
  });

  it('Ctrl-C --on-interrupt detach, then --resume: GetTask over Flyte 2 again, no second create, exit 0', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'slow.yaml'), 'type: sim_job\ncustom: {runMs: 2500}\ninputs: {name: later}\nexecution: {name: slow-run}\n');
    const r = await runCli(['run', 'slow.yaml', '--agent', served.address, '--agent-protocol', 'v2', '--on-interrupt', 'detach'], { cwd: dir, timeoutMs: 30000, onSpawn: interruptWhen(/running/i) });
    expect(r.code).toBe(130);
    const runId = /--resume (\S+)/.exec(r.stderr)?.[1];
    expect(runId).toBeTruthy();
    expect(stateFiles(dir)[0]).toMatch(/"protocol": ?"v2"/);
    const creates = await createCount();
    expect(creates).toBeGreaterThan(0);
    const resumed = await runCli(['run', '--resume', runId!, '--json', '--caching.resyncInterval', '200ms'], { cwd: dir, timeoutMs: 30000 });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(JSON.parse(resumed.stdout).outputs).toMatchObject({ name: 'later', jobId: expect.stringContaining('slow-run') });
    expect(await createCount()).toBe(creates);
  });

  it('run warns when a task file has no `custom` (Flyte 2 fails such a connector task), and not when it has one', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bare.yaml'), 'type: sim_job\ninputs: {name: x}\n');
    writeFileSync(join(dir, 'ok.yaml'), 'type: sim_job\ncustom: {}\ninputs: {name: x}\n');
    const bare = await runCli(['run', 'bare.yaml', '--agent', served.address], { cwd: dir, timeoutMs: 30000 });
    expect(bare.code, bare.stderr).toBe(0);
    expect(bare.stderr).toContain('bare.yaml: no `custom` — Flyte 2 fails a connector task whose template has none; add `custom: {}`');
    const ok = await runCli(['run', 'ok.yaml', '--agent', served.address], { cwd: dir, timeoutMs: 30000 });
    expect(ok.code).toBe(0);
    expect(ok.stderr).not.toContain('no `custom`');
    expect(existsSync(join(dir, '.webapi-plugin', 'runs'))).toBe(true);
  });

  it('--agent-protocol without --agent: exit 2 naming the flag', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'task.yaml'), 'type: sim_job\ncustom: {}\n');
    const r = await runCli(['run', 'task.yaml', '--agent-protocol', 'v2'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--agent-protocol goes with --agent\n\s+at --agent-protocol/);
  });
});
