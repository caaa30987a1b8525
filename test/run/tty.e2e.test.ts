/** Terminal behaviour, in a real pseudo-terminal: spinner, cursor restored on success and on Ctrl-C, CI fallback. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pty from '@lydell/node-pty';
import { describe, expect, it } from 'vitest';
import { baseEnv, BIN, tempDir } from '../helpers/cli.js';

const PLUGIN = join(import.meta.dirname, 'fixtures', 'remote-plugin.ts');
const SHOW_CURSOR = '\u001b[?25h';
const HIDE_CURSOR = '\u001b[?25l';

function runPty(args: string[], cwd: string, env: Record<string, string | undefined> = {}, onData?: (all: string, write: (s: string) => void) => void) {
  return new Promise<{ code: number; out: string }>((resolve) => {
    const p = pty.spawn(process.execPath, [BIN, ...args], { cols: 100, rows: 30, cwd, env: baseEnv({ TERM: 'xterm-256color', ...env }) });
    let out = '';
    p.onData((d) => {
      out += d;
      onData?.(out, (s) => p.write(s));
    });
    p.onExit(({ exitCode }) => resolve({ code: exitCode, out }));
  });
}

function task(body: string): string {
  const dir = tempDir('webapi-tty-');
  writeFileSync(join(dir, 'task.yaml'), `plugin: ${PLUGIN}\ntype: fixture\n${body}`);
  return dir;
}

describe('run on a TTY', () => {
  it('shows a spinner with the phase and restores the cursor', async () => {
    const dir = task('custom: {durationMs: 400}\n');
    const { code, out } = await runPty(['run', 'task.yaml'], dir);
    expect(code).toBe(0);
    expect(out).toContain(HIDE_CURSOR);
    expect(out).toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏].*task.*(Queued|Running)/);
    expect(out).toContain('✔');
    expect(out.lastIndexOf(SHOW_CURSOR)).toBeGreaterThan(out.lastIndexOf(HIDE_CURSOR));
    expect(out).toContain('answer: 42');
  });

  it('Ctrl-C aborts (one delete), exits 130 and restores the cursor', async () => {
    const dir = task('custom: {durationMs: 60000}\n');
    const calls = join(dir, 'remote', 'calls.log');
    let sent = false;
    const { code, out } = await runPty(['run', 'task.yaml'], dir, {}, (_all, write) => {
      if (!sent && existsSync(calls) && readFileSync(calls, 'utf8').includes('get ')) {
        sent = true;
        write('\u0003');
      }
    });
    expect(code).toBe(130);
    expect(readFileSync(calls, 'utf8').match(/^delete /gm)).toHaveLength(1);
    expect(out.lastIndexOf(SHOW_CURSOR)).toBeGreaterThan(out.lastIndexOf(HIDE_CURSOR));
  });

  it('with CI set: plain lines, no spinner, no cursor codes', async () => {
    const dir = task('custom: {durationMs: 100}\n');
    const { code, out } = await runPty(['run', 'task.yaml'], dir, { CI: 'true' });
    expect(code).toBe(0);
    expect(out).not.toContain(HIDE_CURSOR);
    expect(out).toMatch(/\d\d:\d\d:\d\d\.\d{3} .*Success/);
  });
});
