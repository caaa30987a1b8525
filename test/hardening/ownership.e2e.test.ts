/**
 * Issue 14 §4, through the built bin: one run, one owner (a lock with the PID, stale locks taken over),
 * and a run record that cannot be written mid-run (a full disk, simulated by a preload that fails writes
 * with ENOSPC; the run directory removed): a clear message, what became of the remote job, the resume
 * hint, and no temp files left behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { created, project, readRecord, recordOf, runsOf, waitFor } from './helpers.js';

const ENOSPC = join(import.meta.dirname, 'fixtures', 'enospc.mjs');


const tmpFiles = (dir: string) => runsOf(dir).flatMap((id) => (existsSync(recordOf(dir, id)) ? readdirSync(recordOf(dir, id)).filter((f) => f.endsWith('.tmp')) : []));

describe('one run, one owner', () => {
  it('--resume of a run its process still drives is refused (exit 2) naming that PID; once it ended, --resume works', async () => {
    const dir = project({ 'task.yaml': 'custom: {runMs: 60000}\n' });
    let second: Awaited<ReturnType<typeof runCli>> | undefined;
    let pid = 0;
    const first = await runCli(['run', 'task.yaml'], {
      cwd: dir,
      onSpawn: (child) => {
        pid = child.pid!;
        void waitFor(() => created(dir)).then(async () => {
          expect(JSON.parse(readRecord(dir, 'lock'))).toMatchObject({ pid });
          second = await runCli(['run', '--resume', runsOf(dir)[0]!], { cwd: dir });
          child.kill('SIGINT');
        });
      },
    });
    expect(first.code, first.stderr).toBe(130);
    expect(second?.code, second?.stderr).toBe(2);
    expect(second?.stderr).toContain(`error: run ${runsOf(dir)[0]} is in use by process ${pid}`);
    expect(second?.stderr).toContain(`kill ${pid}`);
    expect(existsSync(join(recordOf(dir), 'lock'))).toBe(false);
    const after = await runCli(['run', '--resume', runsOf(dir)[0]!], { cwd: dir });
    expect(after.code, after.stderr).toBe(1); // the first run aborted the task: resuming shows that result
    expect(after.stderr).toContain('Aborted');
  });

  it('a stale lock (its process is gone) is taken over', async () => {
    const dir = project({ 'task.yaml': 'custom: {runMs: 100}\n' });
    const first = await runCli(['run', 'task.yaml', '--on-interrupt', 'detach'], { cwd: dir, onSpawn: (child) => void waitFor(() => created(dir)).then(() => child.kill('SIGINT')) });
    expect(first.code, first.stderr).toBe(130);
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(join(recordOf(dir), 'lock'), JSON.stringify({ pid: Number(dead), host: (await import('node:os')).hostname(), since: 'earlier' }));
    const r = await runCli(['run', '--resume', runsOf(dir)[0]!], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(recordOf(dir), 'lock'))).toBe(false);
  });
});

describe('the run record cannot be written mid-run', () => {
  it('a full disk (ENOSPC): a clear message, the remote job named as still running, the resume hint, no .tmp file left; --resume then finishes it', async () => {
    const dir = project({ 'task.yaml': 'custom: {runMs: 1500}\n' });
    const r = await runCli(['run', 'task.yaml'], { cwd: dir, env: { NODE_OPTIONS: `--import ${ENOSPC}`, ENOSPC_AFTER: '2' } });
    expect(r.code).toBe(3);
    const [runId] = runsOf(dir);
    expect(r.stderr).toMatch(/error: task ".*": cannot save its state: ENOSPC: no space left on device/);
    expect(r.stderr).toMatch(/the remote job "[^"]+-0" was not deleted and keeps running: free some space \(or fix the directory\), then resume it with: webapi-plugin run --resume /);
    expect(r.stderr).toContain(`webapi-plugin run --resume ${runId}`);
    expect(r.stderr).not.toContain('internal error');
    expect(tmpFiles(dir)).toEqual([]);
    const resumed = await runCli(['run', '--resume', runId!], { cwd: dir });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(JSON.parse(readRecord(dir, 'run.json'))).toMatchObject({ status: 'succeeded' });
  });

  it('a disk already full when the run starts: exit 3 saying where the record cannot be written, no .tmp file left', async () => {
    const dir = project({ 'task.yaml': '' });
    const r = await runCli(['run', 'task.yaml'], { cwd: dir, env: { NODE_OPTIONS: `--import ${ENOSPC}`, ENOSPC_FULL: '1' } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/error: cannot write the run record in .*: ENOSPC: no space left on device/);
    expect(r.stderr).toContain('free some space, or keep run records elsewhere with --out-dir');
    expect(r.stderr).not.toContain('internal error');
    expect(tmpFiles(dir)).toEqual([]);
  });

  it('the run directory removed: a clear message and the remote job named (not recreated half-empty)', async () => {
    const dir = project({ 'task.yaml': 'custom: {runMs: 60000}\n' });
    // moved away at once (an rm -r would race the writes in progress), then deleted
    const gone = () => {
      renameSync(recordOf(dir), join(dir, 'gone'));
      rmSync(join(dir, 'gone'), { recursive: true, force: true });
    };
    const r = await runCli(['run', 'task.yaml'], { cwd: dir, onSpawn: () => void waitFor(() => created(dir)).then(gone) });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot save its state: ENOENT.*\(the run directory .* is gone\)/);
    expect(r.stderr).toMatch(/the remote job "[^"]+-0" was not deleted and may still be running: delete it with the remote service's own tools/);
    expect(runsOf(dir)).toEqual([]);
  });
});
