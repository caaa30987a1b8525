/**
 * End to end through the built bin: a plugin that never answers or leaves stray errors behind cannot hang
 * `run` — the first Ctrl-C, a task timeout and a stray rejection/throw all end the run in a defined way
 * (exit code, run record, delete attempted); two tasks of one execution name are refused (exit 2).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const PLUGIN = join(import.meta.dirname, 'fixtures', 'hang-plugin.ts');

function setup(tasks: Record<string, string>): string {
  const dir = tempDir('webapi-hang-');
  for (const [name, body] of Object.entries(tasks)) writeFileSync(join(dir, name), `plugin: ${PLUGIN}\ntype: hang\n${body}`);
  return dir;
}
const calls = (dir: string): string[] => {
  const f = join(dir, 'remote', 'calls.log');
  return existsSync(f) ? readFileSync(f, 'utf8').trim().split('\n').filter(Boolean) : [];
};
const record = (dir: string) => {
  const runs = join(dir, '.webapi-plugin', 'runs');
  const [id] = readdirSync(runs);
  return JSON.parse(readFileSync(join(runs, id!, 'run.json'), 'utf8')) as { status: string; exitCode: number };
};
async function until(what: string, ok: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('run: no plugin call can hang it (e2e)', () => {
  it('first Ctrl-C with a delete that never returns: exit 130 within 5 s, the record says aborted', async () => {
    const dir = setup({ 'task.yaml': 'custom: {hangDelete: true}\n' });
    let sentAt = 0;
    const r = await runCli(['run', 'task.yaml'], {
      cwd: dir,
      onSpawn: (child) =>
        void until('create', () => calls(dir).some((c) => c.startsWith('get '))).then(() => {
          sentAt = Date.now();
          child.kill('SIGINT');
        }),
    });
    const took = Date.now() - sentAt;
    expect(r.code).toBe(130);
    expect(took).toBeLessThan(5000 + 1500); // the engine's bound is 4 s; the rest is process exit on a busy machine
    expect(calls(dir).filter((c) => c.startsWith('delete '))).toHaveLength(1);
    expect(r.stderr).toContain('the remote job may still be running');
    expect(record(dir)).toMatchObject({ status: 'aborted', exitCode: 130 });
  });

  it('first Ctrl-C while create never returns: exit 130', async () => {
    const dir = setup({ 'task.yaml': 'custom: {hangCreate: true}\n' });
    const r = await runCli(['run', 'task.yaml'], {
      cwd: dir,
      onSpawn: (child) => void until('create', () => calls(dir).length > 0).then(() => child.kill('SIGINT')),
    });
    expect(r.code).toBe(130);
    expect(record(dir).status).toBe('aborted');
  });

  it('a create that never returns with timeout: 2s ends TimeoutExpired (exit 1), saying the job may still be running', async () => {
    const dir = setup({ 'task.yaml': 'metadata: {timeout: 2s}\ncustom: {hangCreate: true}\n' });
    const t0 = Date.now();
    const r = await runCli(['run', 'task.yaml'], { cwd: dir, timeoutMs: 30_000 });
    expect(r.code).toBe(1);
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(r.stderr).toContain('TimeoutExpired');
    expect(r.stderr).toContain('the remote job may still be running');
    expect(record(dir)).toMatchObject({ status: 'failed', exitCode: 1 });
  });

  for (const kind of ['reject', 'throw'] as const) {
    it(`a stray ${kind === 'reject' ? 'unhandled rejection' : 'uncaught exception'} from plugin code ends its task (exit 3), deletes the job, no raw stack`, async () => {
      const dir = setup({ 'task.yaml': `custom: {stray: ${kind}}\n` });
      const r = await runCli(['run', 'task.yaml'], { cwd: dir, timeoutMs: 30_000 });
      expect(r.code).toBe(3);
      expect(r.stderr).toContain('StrayPluginError');
      expect(r.stderr).toContain(`stray ${kind === 'reject' ? 'rejection' : 'throw'} from`);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(calls(dir).filter((c) => c.startsWith('delete '))).toHaveLength(1);
      expect(record(dir)).toMatchObject({ status: 'failed', exitCode: 3 });
    });
  }

  it('two task files with one execution.name are refused before any create (exit 2, both files named)', async () => {
    const dir = setup({ 'a.yaml': 'execution: {name: nightly}\n', 'b.yaml': 'execution: {name: nightly}\n' });
    const r = await runCli(['run', 'a.yaml', 'b.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a\.yaml and b\.yaml would both create the remote job "nightly-0"/);
    expect(calls(dir)).toEqual([]);
  });
});
