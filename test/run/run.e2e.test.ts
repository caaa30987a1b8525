/**
 * End to end: the built CLI in a temp directory with the fixture plugin (test/run/fixtures), checking
 * stdout, stderr, exit codes, the run record and the calls the "remote" saw.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSI, runCli, tempDir } from '../helpers/cli.js';

const PLUGIN = join(import.meta.dirname, 'fixtures', 'remote-plugin.ts');

function setup(tasks: Record<string, string>): string {
  const dir = tempDir('webapi-run-');
  for (const [name, body] of Object.entries(tasks)) writeFileSync(join(dir, name), `plugin: ${PLUGIN}\n${body}`);
  return dir;
}

const calls = (dir: string): string[] => {
  const f = join(dir, 'remote', 'calls.log');
  return existsSync(f) ? readFileSync(f, 'utf8').trim().split('\n').filter(Boolean) : [];
};
const count = (dir: string, call: string) => calls(dir).filter((l) => l.startsWith(`${call} `)).length;

const runDirs = (dir: string) => readdirSync(join(dir, '.webapi-plugin', 'runs'));
const stateOf = (dir: string, runId: string) => {
  const f = join(dir, '.webapi-plugin', 'runs', runId, 'state.json');
  return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as { stage: string }) : undefined;
};

async function waitFor(what: string, ok: () => boolean, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Wait until the single run's engine state says the remote job exists. */
async function waitCreated(dir: string): Promise<string> {
  let runId = '';
  await waitFor('state Created', () => {
    if (!existsSync(join(dir, '.webapi-plugin', 'runs'))) return false;
    runId = runDirs(dir)[0] ?? '';
    return Boolean(runId) && stateOf(dir, runId)?.stage === 'Created' && count(dir, 'create') === 1;
  });
  return runId;
}

describe('webapi-plugin run (e2e)', () => {
  it('succeeds: outputs on stdout, plain progress on stderr, a run record', async () => {
    const dir = setup({ 'task.yaml': 'type: fixture\ninputs: {n: 1}\ncustom: {durationMs: 150}\n' });
    const r = await runCli(['run', 'task.yaml', '--set', 'n=3', '--set', 'who=ada'], { cwd: dir });
    expect(r.stderr).toContain('Success');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('answer: 42\necho:\n  n: 3\n  who: ada\n');
    expect(r.stderr).not.toMatch(ANSI);
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stderr).toMatch(/^\d\d:\d\d:\d\d\.\d{3} /m);
    const [runId] = runDirs(dir);
    const rec = join(dir, '.webapi-plugin', 'runs', runId!);
    for (const f of ['run.json', 'task.json', 'inputs.json', 'outputs.json', 'events.jsonl', 'state.json']) expect(existsSync(join(rec, f)), f).toBe(true);
    expect(JSON.parse(readFileSync(join(rec, 'run.json'), 'utf8'))).toMatchObject({ status: 'succeeded', exitCode: 0 });
    const events = readFileSync(join(rec, 'events.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type: string });
    expect(events.map((e) => e.type)).toContain('finished');
  });

  it('permanent failure exits 1 and keeps the error document', async () => {
    const dir = setup({ 'task.yaml': 'type: fixture\ncustom: {durationMs: 60, fail: permanent}\n' });
    const r = await runCli(['run', 'task.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('PermanentFailure: [Broken] the job failed: permanent');
    const [runId] = runDirs(dir);
    expect(readFileSync(join(dir, '.webapi-plugin', 'runs', runId!, 'error.json'), 'utf8')).toContain('Broken');
  });

  it('a retryable failure is retried under a new generated name, then succeeds', async () => {
    const dir = setup({ 'task.yaml': 'type: fixture\nmetadata: {retries: {retries: 1}}\ncustom: {durationMs: 60, failOnce: true}\n' });
    const r = await runCli(['run', 'task.yaml', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { outcome: string; attempts: { generatedName: string }[] };
    expect(doc.outcome).toBe('succeeded');
    expect(doc.attempts).toHaveLength(2);
    expect(doc.attempts[0]!.generatedName).not.toBe(doc.attempts[1]!.generatedName);
    expect(count(dir, 'create')).toBe(2);
  });

  it('a bad task file exits 2 naming line and column, with a suggestion', async () => {
    const dir = setup({ 'task.yaml': 'type: fixture\nmetadata:\n  retires: {retries: 1}\n' });
    const r = await runCli(['run', 'task.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('task.yaml:4:3');
    expect(r.stderr).toContain('did you mean "retries"?');
    expect(r.stderr).not.toContain('    at ');
    expect(count(dir, 'create')).toBe(0);
  });

  it('--json: exactly one JSON document on stdout, JSON lines on stderr', async () => {
    const dir = setup({ 'task.yaml': 'type: fixture\ncustom: {durationMs: 60}\n' });
    const r = await runCli(['run', 'task.yaml', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(doc).toMatchObject({ outcome: 'succeeded', phase: 'Success', outputs: { answer: 42 }, exitCode: 0 });
    expect(doc.logs).toEqual([{ name: 'fixture logs', uri: expect.stringContaining('https://fixture.example/') }]);
    expect(doc).toHaveProperty('timings.elapsedMs');
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
  });

  it('a secret echoed by a plugin error is redacted everywhere it is shown (stored state keeps what happened)', async () => {
    const secret = 'sup3r-s3cret-value-4711';
    const dir = setup({ 'task.yaml': 'type: fixture\ncustom: {echoSecret: api_token}\n' });
    const r = await runCli(['run', 'task.yaml'], { cwd: dir, env: { FLYTE_SECRET_api_token: secret } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('remote rejected the token [REDACTED]');
    const j = await runCli(['run', 'task.yaml', '--json'], { cwd: dir, env: { FLYTE_SECRET_api_token: secret } });
    expect(j.code).toBe(1);
    for (const out of [r.stdout, r.stderr, j.stdout, j.stderr]) expect(out).not.toContain(secret);
    for (const runId of runDirs(dir)) {
      const rec = join(dir, '.webapi-plugin', 'runs', runId);
      // rendered files are redacted; state.json is data the run needs, kept exact (0600)
      for (const f of ['events.jsonl', 'error.json', 'run.json', 'task.json', 'inputs.json']) expect(readFileSync(join(rec, f), 'utf8'), f).not.toContain(secret);
    }
    // a missing secret names every place tried
    const m = await runCli(['run', 'task.yaml'], { cwd: dir });
    expect(m.code).toBe(1);
    expect(m.stderr).toContain('FLYTE_SECRET_api_token');
    expect(m.stderr).toContain(join('.secrets', 'api_token'));
  });

  it('three tasks in one run: a line per task, a summary table, the worst exit code', async () => {
    const dir = setup({
      'a.yaml': 'type: fixture\ncustom: {durationMs: 60}\n',
      'b.yaml': 'type: fixture\ncustom: {durationMs: 90, fail: permanent}\n',
      'c.yaml': 'type: fixture\ncustom: {durationMs: 120}\n',
    });
    const r = await runCli(['run', 'a.yaml', 'b.yaml', 'c.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/TASK\s+RUN ID\s+RESULT\s+ATTEMPTS\s+ELAPSED\s+EXIT/);
    expect(r.stderr).toMatch(/^a\s+a-\w+\s+Success\s+1\s+\S+\s+0$/m);
    expect(r.stderr).toMatch(/^b\s+b-\w+\s+PermanentFailure \[Broken\]\s+1\s+\S+\s+1$/m);
    expect(r.stdout).toContain('a:\n  answer: 42');
    expect(r.stdout).toContain('c:\n  answer: 42');
    expect(count(dir, 'create')).toBe(3);
  });

  it('SIGINT: delete is called exactly once, exit 130', async () => {
    const dir = setup({ 'task.yaml': 'type: fixture\ncustom: {durationMs: 60000}\n' });
    const r = await runCli(['run', 'task.yaml'], {
      cwd: dir,
      onSpawn: (child) => void waitCreated(dir).then(() => child.kill('SIGINT')),
    });
    expect(r.code).toBe(130);
    expect(count(dir, 'delete')).toBe(1);
    expect(r.stderr).toContain('interrupted: aborting');
    expect(r.stderr).toContain('Aborted');
  });

  it('a second SIGINT exits at once, even while delete hangs; the state stays on disk', async () => {
    const dir = setup({ 'task.yaml': 'type: fixture\ncustom: {durationMs: 60000, hangDelete: true}\n' });
    const r = await runCli(['run', 'task.yaml'], {
      cwd: dir,
      onSpawn: (child) =>
        void waitCreated(dir).then(async () => {
          child.kill('SIGINT');
          await waitFor('delete called', () => count(dir, 'delete') === 1);
          child.kill('SIGINT');
        }),
    });
    expect(r.stderr).toContain('exiting now');
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/--resume task-\w+/);
    const [runId] = runDirs(dir);
    expect(stateOf(dir, runId!)?.stage).toBe('Created');
  });

  it('--on-interrupt detach leaves the job running; --resume finishes it without a new create', async () => {
    const dir = setup({ 'task.yaml': 'type: fixture\ncustom: {durationMs: 1200}\n' });
    let runId = '';
    const r = await runCli(['run', 'task.yaml', '--on-interrupt', 'detach'], {
      cwd: dir,
      onSpawn: (child) => void waitCreated(dir).then((id) => ((runId = id), child.kill('SIGINT'))),
    });
    expect(r.code).toBe(130);
    expect(count(dir, 'delete')).toBe(0);
    expect(r.stderr).toContain(`webapi-plugin run --resume ${runId}`);
    const resumed = await runCli(['run', '--resume', runId], { cwd: dir });
    expect(resumed.stderr).toContain('resumed');
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain('answer: 42');
    expect(count(dir, 'create')).toBe(1);
  });

  it('kill -9 after create: --resume finishes with no second create', async () => {
    // long enough that the kill lands before the job ends, even on a loaded machine
    const dir = setup({ 'task.yaml': 'type: fixture\ncustom: {durationMs: 4000}\n' });
    let runId = '';
    const r = await runCli(['run', 'task.yaml'], {
      cwd: dir,
      onSpawn: (child) => void waitCreated(dir).then((id) => ((runId = id), child.kill('SIGKILL'))),
    });
    expect(r.signal).toBe('SIGKILL');
    const resumed = await runCli(['run', '--resume', join('.webapi-plugin', 'runs', runId), '--json'], { cwd: dir });
    expect(resumed.code).toBe(0);
    expect(JSON.parse(resumed.stdout)).toMatchObject({ runId, outcome: 'succeeded', outputs: { answer: 42 } });
    expect(count(dir, 'create')).toBe(1);
    expect(count(dir, 'delete')).toBe(0);
  });

  it('--dry-run prints the plan and calls nothing remote', async () => {
    const dir = setup({ 'task.yaml': 'type: fixture\ninputs: {n: 1}\nsecurityContext: {secrets: [{key: api_token}]}\n' });
    const r = await runCli(['run', 'task.yaml', '--dry-run', '--set', 'n=2', '--set', 'caching.workers=3'], { cwd: dir, env: { FLYTE_SECRET_api_token: 'xyz-secret' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('plugin: fixture');
    expect(r.stdout).toContain('workers: 3');
    expect(r.stdout).toContain('n: 2');
    expect(r.stdout).toContain('found: env FLYTE_SECRET_api_token');
    expect(r.stdout).not.toContain('xyz-secret');
    expect(calls(dir)).toEqual([]);
    expect(existsSync(join(dir, '.webapi-plugin'))).toBe(false);
  });

  it('plugins and PluginConfig from the config file; inputs from stdin; secrets from --env-file', async () => {
    const dir = tempDir('webapi-run-');
    writeFileSync(join(dir, '.webapi-pluginrc.yaml'), `plugins: [${PLUGIN}]\nwebApi:\n  caching: {workers: 7}\n`);
    writeFileSync(join(dir, 'task.yaml'), 'type: fixture\ninputs: {a: 1, b: 1}\nsecurityContext: {secrets: [{group: grp, key: tok}]}\n');
    writeFileSync(join(dir, '.env'), 'FLYTE_SECRET_GRP_TOK=from-dotenv-secret\n');
    const dry = await runCli(['run', 'task.yaml', '--dry-run', '--env-file', '.env', '--json'], { cwd: dir });
    expect(dry.code).toBe(0);
    const plan = JSON.parse(dry.stdout) as { plugin: string; config: { caching: { workers: number } }; secrets: { found: string }[] };
    expect(plan.plugin).toBe('fixture');
    expect(plan.config.caching.workers).toBe(7);
    expect(plan.secrets[0]!.found).toBe('env FLYTE_SECRET_GRP_TOK');
    const r = await runCli(['run', 'task.yaml', '--inputs', '-', '--set', 'b=3', '--json'], { cwd: dir, input: 'a: 2\nb: 2\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ outputs: { echo: { a: 2, b: 3 } } });
  });
});
