/**
 * `webapi-plugin serve` as a user runs it: the built bin, spawned, on 127.0.0.1 with a free port.
 * An independent Python grpcio client, a plugin that throws and leaks a rejection, SIGTERM draining,
 * and `run --agent` round trips.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, tempDir } from '../helpers/cli.js';
import { call, callError, clientsFor, simTemplate } from './helpers.js';
import { FIXTURE, interruptWhen, serve, type Served } from './spawn.js';

const REQUIRE_ALL = process.env.WEBAPI_PLUGIN_REQUIRE_ALL === '1';
const VERSIONED = join(REPO_ROOT, 'test', 'serve', 'fixtures', 'versioned-plugin.ts');
const CONNECTION = join(REPO_ROOT, 'test', 'serve', 'fixtures', 'connection-plugin.ts');
const PY_SECRET = 'py-s3cr3t-token-81f2';
const PY_TASK_SECRET = 'py-per-task-key-3b9e';

/** A python3 with grpcio and protobuf, if there is one. */
function pythonWithGrpc(): string | undefined {
  const candidates = [process.env.WEBAPI_PLUGIN_PYTHON, 'python3', '/usr/bin/python3'].filter(Boolean) as string[];
  return candidates.find((p) => spawnSync(p, ['-c', 'import grpc, google.protobuf'], { stdio: 'ignore' }).status === 0);
}

/** A python3 with grpcio, plus protoc and grpc_python_plugin; or the reason there is none. */
function pythonToolchain(): { python: string } | { missing: string } {
  const python = pythonWithGrpc();
  if (!python) return { missing: 'no python3 with grpcio (apt-get install python3-grpcio python3-protobuf)' };
  for (const tool of ['protoc', 'grpc_python_plugin']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status !== 0) {
      return { missing: `${tool} not found (apt-get install protobuf-compiler protobuf-compiler-grpc)` };
    }
  }
  return { python };
}

let served: Served;
beforeAll(async () => {
  served = await serve(['--plugin', VERSIONED, '--plugin', CONNECTION], { BOOM_STRAY: '1', _FSEC_API_TOKEN: PY_SECRET, _FSEC_API_KEY: 'process-level-key' });
});
afterAll(() => {
  if (served && served.child.exitCode === null) served.child.kill('SIGKILL');
});

describe('serve (spawned)', () => {
  it('prints its task categories at start, and both generations', () => {
    expect(served.stdout()).toMatch(/^protocols: flyteidl v1 \(Flyte 1\.x agents\/connectors\); flyteidl2 \(Flyte 2 connectors\)$/m);
    expect(served.stdout()).toContain('(Flyte 2 has no sync service: a sync plugin runs in CreateTask, and GetTask answers its result)');
    expect(served.stdout()).toMatch(/AGENT\s+TASK CATEGORIES\s+SYNC/);
    expect(served.stdout()).toMatch(/sim\s+sim_job \(0\)\s+no/);
    expect(served.stdout()).toMatch(/echo\s+echo_sync \(0\)\s+yes/);
  });

  const py = pythonToolchain();
  const pyReason = 'missing' in py ? py.missing : '';
  it.skipIf(Boolean(pyReason) && !REQUIRE_ALL)(`an independent Python grpcio client round-trips every RPC${pyReason ? ` (skipped: ${pyReason})` : ''}`, () => {
    if ('missing' in py) throw new Error(`WEBAPI_PLUGIN_REQUIRE_ALL=1 but ${py.missing}`);
    const stubs = tempDir('serve-pystubs-');
    execFileSync('sh', [join(REPO_ROOT, 'test', 'serve', 'python', 'gen.sh'), REPO_ROOT, stubs], { stdio: 'pipe' });
    const r = spawnSync(py.python, [join(REPO_ROOT, 'test', 'serve', 'python', 'client.py'), stubs, served.address, PY_SECRET], { encoding: 'utf8', timeout: 60000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('ok: int64 2^62+1 intact');
    expect(r.stdout).toContain('ok: GetTaskMetrics data Struct');
    expect(r.stdout).toContain('ok: GetTaskLogs pages with the token');
    expect(r.stdout).toContain('ok: ExecuteTaskSync answers before the client half-closes (Propeller <= 1.13)');
    expect(r.stdout).toContain('ok: task_type_version 1 reaches the plugin that lists version 1');
    expect(r.stdout).toContain('ok: a missing secret is a FAILED resource with the message');
    expect(r.stdout).toContain('ok: the Resource is redacted (message, log links, custom_info, outputs)');
    expect(r.stdout).toContain('ok: INVALID_ARGUMENT for undecodable request bytes');
    expect(r.stdout.trim().split('\n').pop()).toBe('ALL OK');
    expect(r.status).toBe(0);
  });

  const flyteidl2Dir = join(REPO_ROOT, 'node_modules', '@flyteorg', 'flyteidl2');
  const py2 = pythonWithGrpc();
  const py2Reason = py2 ? '' : 'no python3 with grpcio (apt-get install python3-grpcio python3-protobuf)';
  it.skipIf(Boolean(py2Reason) && !REQUIRE_ALL)(`an independent Flyte 2 client (Python grpcio, classes from @flyteorg/flyteidl2's embedded descriptors) drives the connector services on the same port${py2Reason ? ` (skipped: ${py2Reason})` : ''}`, () => {
    if (!py2) throw new Error(`WEBAPI_PLUGIN_REQUIRE_ALL=1 but ${py2Reason}`);
    const r = spawnSync(py2, [join(REPO_ROOT, 'test', 'serve', 'python', 'client_v2.py'), flyteidl2Dir, served.address, PY_TASK_SECRET], { encoding: 'utf8', timeout: 60000 });
    expect(r.stderr).toBe('');
    for (const line of [
      'ok: ListConnectors lists sim, echo and conn',
      'ok: GetTask reaches SUCCEEDED',
      'ok: task.Outputs: int64 2^62+1 intact',
      'ok: log links',
      'ok: DeleteTask OK',
      'ok: sync plugin: its outputs',
      'ok: a connection secret reaches the plugin through secretManager.get (create, get, status)',
      'ok: NOT_FOUND for an unknown task type',
      'ok: health: SERVING for "" and every v1 and v2 service name',
      'ok: v1 AgentMetadataService.ListAgents answers on the same port',
    ]) {
      expect(r.stdout).toContain(line);
    }
    expect(r.stdout.trim().split('\n').pop()).toBe('ALL OK');
    expect(r.status).toBe(0);
    expect(served.stdout() + served.stderr()).not.toContain(PY_TASK_SECRET);
  });

  it('a plugin that throws (and leaks a rejection) gives INTERNAL; the server keeps serving and logs it', async () => {
    const c = await clientsFor(served.address);
    try {
      const err = await callError((cb) => c.async.CreateTask({ template: { ...simTemplate({}), type: 'boom' } } as never, new c.grpc.Metadata(), cb));
      expect(err.code).toBe(c.grpc.status.INTERNAL);
      expect(err.details).toBe('boom: the remote API exploded');
      await new Promise((r) => setTimeout(r, 100));
      const res = await call<{ agents: unknown[] }>((cb) => c.metadata.ListAgents({}, new c.grpc.Metadata(), cb));
      expect(res.agents).toHaveLength(6);
      expect(served.stderr()).toMatch(/ERROR CreateTask failed task_type=boom plugin=boom code=INTERNAL/);
      expect(served.stderr()).toMatch(/unhandled rejection in a plugin \(the server keeps serving\) error="stray rejection from the boom plugin"/);
      expect(served.child.exitCode).toBeNull();
    } finally {
      c.close();
    }
  });

  it('SIGTERM drains: the in-flight call completes, then the server exits 0', async () => {
    const s = await serve(['--log-format', 'json']);
    const c = await clientsFor(s.address);
    try {
      const inflight = call<{ resource_meta: Buffer }>((cb) => c.async.CreateTask({ template: simTemplate({ createDelayMs: 700 }) } as never, new c.grpc.Metadata(), cb));
      await new Promise((r) => setTimeout(r, 250));
      s.child.kill('SIGTERM');
      const res = await inflight;
      expect(JSON.parse(res.resource_meta.toString()).plugin).toBe('sim');
      expect(await s.exited).toBe(0);
      const lines = s.stderr().trim().split('\n').map((l) => JSON.parse(l));
      expect(lines[0]).toMatchObject({ level: 'info', msg: 'serving', agents: expect.arrayContaining([expect.objectContaining({ name: 'sim', taskTypes: ['sim_job'] })]) });
      expect(lines.find((l) => l.msg === 'SIGTERM: draining')).toMatchObject({ in_flight: 1 });
      expect(lines.at(-1)).toMatchObject({ msg: 'stopped' });
    } finally {
      c.close();
      if (s.child.exitCode === null) s.child.kill('SIGKILL');
    }
  });

  it('a busy port: only the friendly error, exit 2', async () => {
    const port = /:(\d+)$/.exec(served.address)![1]!;
    const r = await runCli(['serve', '--plugin', FIXTURE, '--host', '127.0.0.1', '--port', port, '--no-prometheus']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^error: cannot listen on 127\\.0\\.0\\.1:${port}: the port is already in use\\n\\s+at --port\\n`));
    expect(r.stderr).not.toMatch(/No address added|EADDRINUSE|\bE \d|at .*\.js:\d+/);
  });

  it('two plugin entries claiming one (type, version): refuses to start, exit 2 naming both', async () => {
    const r = await runCli(['serve', '--plugin', VERSIONED, '--port', '0', '--no-prometheus'], { env: { VERSIONED_FIXTURE: 'duplicates' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('task type dup_job (0) is claimed by plugin entries "first-plugin" and "second-plugin"');
    expect(r.stderr).toMatch(/defaultForTaskTypes/);
  });

  it('versioned task types: the start-up table lists every category', async () => {
    const s = await serve([], {}, VERSIONED);
    try {
      expect(s.stdout()).toMatch(/protocols: flyteidl v1/);
      expect(s.stdout()).toMatch(/ver-zero\s+ver_job \(0\)\s+no\n/);
      expect(s.stdout()).toMatch(/ver-one\s+ver_job \(1\), ver_job \(2\)\s+no\n/);
    } finally {
      s.child.kill('SIGKILL');
    }
  });

  it('bad flags: exit 2 naming the flag', async () => {
    const r = await runCli(['serve', '--plugin', FIXTURE, '--port', 'eighty']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid port "eighty"\n\s+at --port/);
    const r2 = await runCli(['serve']);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/no plugin to serve\n\s+at --plugin/);
  });
});

// ---- run --agent against the served fixture plugin, in both generations
describe.each(['v1', 'v2'] as const)('run --agent --agent-protocol %s', (protocol) => {
  function taskFile(dir: string, name: string, custom: Record<string, unknown>): string {
    const path = join(dir, name);
    writeFileSync(
      path,
      [
        'type: sim_job',
        'custom:',
        ...Object.entries(custom).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`),
        'interface:',
        '  inputs:',
        '    variables:',
        '      big: { type: { simple: INTEGER } }',
        '      name: { type: { simple: STRING } }',
        'inputs:',
        '  big: "9007199254740993"',
        '  name: world',
        'execution:',
        `  name: ${name.replace(/\W/g, '-')}`,
        '',
      ].join('\n'),
    );
    return path;
  }

  it('success: outputs from the agent on stdout, exit 0', async () => {
    const dir = tempDir();
    const r = await runCli(['run', taskFile(dir, 'ok.yaml', { runMs: 0 }), '--agent', served.address, '--agent-protocol', protocol, '--json'], { cwd: dir, timeoutMs: 30000 });
    expect(r.stderr).not.toMatch(/error:/);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(JSON.stringify(doc)).toContain('9007199254740993');
    expect(JSON.stringify(doc)).toContain('world');
  });

  it('failure: the agent reports FAILED, exit 1 with the message', async () => {
    const dir = tempDir();
    const r = await runCli(['run', taskFile(dir, 'fail.yaml', { fail: 'the cluster said no' }), '--agent', served.address, '--agent-protocol', protocol], { cwd: dir, timeoutMs: 30000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the cluster said no');
  });

  it('Ctrl-C: DeleteTask reaches the plugin, exit 130', async () => {
    const dir = tempDir();
    const log = join(dir, 'deletes.log');
    const s = await serve([], { SIM_DELETE_LOG: log });
    try {
      const r = await runCli(['run', taskFile(dir, 'long.yaml', { runMs: 600000 }), '--agent', s.address, '--agent-protocol', protocol], { cwd: dir, timeoutMs: 30000, onSpawn: interruptWhen(/running/i) });
      expect(r.code).toBe(130);
      expect(readFileSync(log, 'utf8')).toMatch(/long-yaml.* aborted by Flyte \(DeleteTask\)/);
    } finally {
      s.child.kill('SIGKILL');
    }
  });
});

// ---- the issue's round trip: `serve` the example plugin, drive it with `run --agent`
const EXAMPLE = join(REPO_ROOT, 'examples', 'quickstart', 'plugin.ts');
const TOKEN = 'agent-token-5f1c9e';
describe('serve examples/quickstart + run --agent', () => {
  let example: Served;
  let apiDir: string;
  beforeAll(async () => {
    apiDir = tempDir('quickstart-api-');
    example = await serve([], { _FSEC_QUICKSTART_API_TOKEN: TOKEN, QUICKSTART_API_DIR: apiDir }, EXAMPLE);
  });
  afterAll(() => {
    if (example && example.child.exitCode === null) example.child.kill('SIGKILL');
  });

  function task(dir: string, name: string, custom: Record<string, unknown>): string {
    const path = join(dir, `${name}.yaml`);
    const lines = ['type: quickstart-job', 'custom:', ...Object.entries(custom).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`), 'inputs: {name: Agent, n: 4}', `execution: {name: ${name}}`, ''];
    writeFileSync(path, lines.join('\n'));
    return path;
  }

  it('success: the example plugin outputs come back through the agent, exit 0, no token anywhere', async () => {
    const dir = tempDir();
    const r = await runCli(['run', task(dir, 'qs-ok', { queuedMs: 0, runMs: 100 }), '--agent', example.address, '--json', '--caching.resyncInterval', '200ms'], { cwd: dir, timeoutMs: 30000 });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { outputs: Record<string, unknown> };
    expect(doc.outputs).toMatchObject({ greeting: 'Hello, Agent!', squares: [1, 4, 9, 16] });
    expect(r.stdout + r.stderr + example.stdout() + example.stderr()).not.toContain(TOKEN);
  });

  it('failure: the remote job fails, exit 1 with its message', async () => {
    const dir = tempDir();
    const r = await runCli(['run', task(dir, 'qs-fail', { queuedMs: 0, runMs: 0, fail: 'the cluster said no' }), '--agent', example.address], { cwd: dir, timeoutMs: 30000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the cluster said no');
  });

  it('Ctrl-C: DeleteTask cancels the remote job, exit 130', async () => {
    const dir = tempDir();
    const r = await runCli(['run', task(dir, 'qs-long', { queuedMs: 0, runMs: 600000 }), '--agent', example.address], { cwd: dir, timeoutMs: 30000, onSpawn: interruptWhen(/Running/) });
    expect(r.code).toBe(130);
    const jobs = readdirSync(join(apiDir, 'jobs')).map((f) => JSON.parse(readFileSync(join(apiDir, 'jobs', f), 'utf8')) as { name: string; cancelledAt?: number });
    const long = jobs.filter((j) => j.name.includes('qs-long'));
    expect(long).toHaveLength(1);
    expect(long[0]!.cancelledAt).toBeTypeOf('number');
  });
});
