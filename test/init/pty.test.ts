/**
 * Interactive `init` in a real pseudo-terminal (@lydell/node-pty): typed answers, validation while
 * typing, a select, confirms, and Ctrl-C at a prompt.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, type IPty } from '@lydell/node-pty';
import { describe, expect, it } from 'vitest';
import { BIN, baseEnv, tempDir } from '../helpers/cli.js';

// eslint-disable-next-line no-control-regex
const strip = (s: string) => s.replace(/\u001b\[[0-9;?]*[A-Za-z]|\u001b[()][A-Z0-9]|\r/g, '');

/** A terminal session: wait for text to appear (after what was already consumed), type, and exit. */
class Session {
  private out = '';
  private seen = 0;
  readonly exit: Promise<number>;
  private readonly pty: IPty;

  constructor(args: string[], cwd: string) {
    this.pty = spawn(process.execPath, [BIN, ...args], { cwd, cols: 120, rows: 40, env: baseEnv({ TERM: 'xterm-256color' }) as Record<string, string> });
    this.pty.onData((d) => (this.out += d));
    this.exit = new Promise((resolve) => this.pty.onExit(({ exitCode }) => resolve(exitCode)));
  }

  get text(): string {
    return strip(this.out);
  }

  async waitFor(pattern: RegExp, timeoutMs = 8000): Promise<string> {
    const start = Date.now();
    for (;;) {
      const rest = strip(this.out).slice(this.seen);
      const m = pattern.exec(rest);
      if (m) {
        this.seen += m.index + m[0].length;
        return m[0];
      }
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${pattern}; screen so far:\n${strip(this.out)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  type(s: string): void {
    this.pty.write(s);
  }

  kill(): void {
    try {
      this.pty.kill();
    } catch {
      // already gone
    }
  }
}

const ENTER = '\r';
const DOWN = '\u001b[B';
const BACKSPACE = '\u007f';

describe('interactive init (pseudo-terminal)', () => {
  it('asks, validates while typing, and writes the answers', async () => {
    const cwd = tempDir();
    const s = new Session(['init'], cwd);
    try {
      await s.waitFor(/Package name/);
      s.type('Bad Name');
      await s.waitFor(/Bad Name\s+✖ "Bad Name" is not a valid npm package name/); // shown while typing
      s.type(ENTER);
      await s.waitFor(/— try bad-name/); // the answer is refused, with a suggestion
      s.type(BACKSPACE.repeat(8) + 'pty-plugin' + ENTER);
      await s.waitFor(/Description/);
      s.type(ENTER);
      await s.waitFor(/Plugin id/);
      s.type(ENTER);
      await s.waitFor(/Task types/);
      s.type('pty_task, other_task' + ENTER);
      await s.waitFor(/Plugin kind/);
      s.type(ENTER); // async
      await s.waitFor(/Template/);
      s.type(DOWN + ENTER); // async, [http-job], ...
      await s.waitFor(/Install dependencies now\?/);
      s.type('n' + ENTER);
      await s.waitFor(/Initialise a git repository\?/);
      s.type('n' + ENTER);
      expect(await s.exit).toBe(0);
    } finally {
      s.kill();
    }
    expect(s.text).toContain('Next steps:');
    const dir = join(cwd, 'pty-plugin');
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; scripts: Record<string, string> };
    expect(pkg.name).toBe('pty-plugin');
    expect(pkg.scripts['mock-server']).toBeDefined(); // the http-job template
    expect(readFileSync(join(dir, 'src', 'plugin.ts'), 'utf8')).toContain("supportedTaskTypes: ['pty_task', 'other_task']");
    expect(existsSync(join(dir, '.git'))).toBe(false);
  });

  it('Ctrl-C at a prompt exits 130 with no stack and writes nothing', async () => {
    const cwd = tempDir();
    const s = new Session(['init', 'cancelled'], cwd);
    try {
      await s.waitFor(/Package name/);
      s.type(ENTER);
      await s.waitFor(/Description/);
      s.type('\u0003');
      expect(await s.exit).toBe(130);
    } finally {
      s.kill();
    }
    expect(s.text).toContain('error: cancelled at a prompt; nothing was written');
    expect(s.text).not.toMatch(/ExitPromptError|\n\s+at .+:\d+:\d+/);
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('interactive init into a directory that holds other files', () => {
  it('says so before asking anything (exit 2)', async () => {
    const cwd = tempDir();
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(join(cwd, 'busy'));
    writeFileSync(join(cwd, 'busy', 'notes.txt'), 'mine\n');
    const s = new Session(['init', 'busy'], cwd);
    try {
      expect(await s.exit).toBe(2);
    } finally {
      s.kill();
    }
    expect(s.text).toContain(`error: ${join(cwd, 'busy')} is not empty:`);
    expect(s.text).not.toContain('Package name');
  });
});
