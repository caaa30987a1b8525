/** Colour policy as users set it: TTY default, NO_COLOR, --no-color, FORCE_COLOR when piped. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pty from '@lydell/node-pty';
import { describe, expect, it } from 'vitest';
import { BIN, REPO_ROOT, baseEnv, runCli, tempDir } from '../helpers/cli.js';

const PLUGIN = join(REPO_ROOT, 'test', 'run', 'fixtures', 'remote-plugin.ts');
/** SGR colour sequences (foreground colours, bold, dim), not cursor movement. */
const COLOUR = /\u001b\[(?:[0-9;]*;)?(?:1|2|3[0-9]|9[0-7])m/;

function taskDir(): string {
  const dir = tempDir('webapi-color-');
  writeFileSync(join(dir, 'task.yaml'), `plugin: ${PLUGIN}\ntype: fixture\ncustom: {durationMs: 50}\n`);
  return dir;
}

function runPty(args: string[], env: Record<string, string | undefined>): Promise<{ code: number; out: string }> {
  const cwd = taskDir();
  return new Promise((resolve) => {
    const p = pty.spawn(process.execPath, [BIN, ...args], { cols: 100, rows: 30, cwd, env: baseEnv({ TERM: 'xterm-256color', ...env }) });
    let out = '';
    p.onData((d) => (out += d));
    p.onExit(({ exitCode }) => resolve({ code: exitCode, out }));
  });
}

describe('colour', () => {
  it('is on by default on a terminal', async () => {
    const r = await runPty(['run', 'task.yaml'], {});
    expect(r.code).toBe(0);
    expect(r.out).toMatch(COLOUR);
  });

  it('is off on a terminal with NO_COLOR (which chalk alone would ignore)', async () => {
    const r = await runPty(['run', 'task.yaml'], { NO_COLOR: '1' });
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(COLOUR);
  });

  it('is off on a terminal with --no-color', async () => {
    const r = await runPty(['--no-color', 'run', 'task.yaml'], {});
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(COLOUR);
  });

  it('is off when piped, and on when piped with FORCE_COLOR=1', async () => {
    const cwd = taskDir();
    const plain = await runCli(['run', 'task.yaml'], { cwd });
    expect(plain.code).toBe(0);
    expect(plain.stderr + plain.stdout).not.toMatch(COLOUR);
    const forced = await runCli(['run', 'task.yaml'], { cwd, env: { FORCE_COLOR: '1' } });
    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(COLOUR);
  });
});
