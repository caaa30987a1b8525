/**
 * Interactive `init` in a real pseudo-terminal (@lydell/node-pty): typed answers, validation while
 * typing, a select, confirms, and Ctrl-C at a prompt.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, type IPty } from '@lydell/node-pty';
import { describe, expect, it } from 'vitest';
import { BIN, REPO_ROOT, baseEnv, tempDir } from '../helpers/cli.js';

// eslint-disable-next-line no-control-regex
const strip = (s: string) => s.replace(/\u001b\[[0-9;?]*[A-Za-z]|\u001b[()][A-Z0-9]|\r/g, '');

/** A terminal session: wait for text to appear (after what was already consumed), type, and exit. */
class Session {
  private out = '';
  private seen = 0;
  readonly exit: Promise<number>;
  private readonly pty: IPty;

  constructor(args: string[], cwd: string, env: Record<string, string> = {}) {
    this.pty = spawn(process.execPath, [BIN, ...args], { cwd, cols: 120, rows: 40, env: baseEnv({ TERM: 'xterm-256color', ...env }) as Record<string, string> });
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
      // this CLI runs from a checkout: the project is linked to it, if the user agrees
      await s.waitFor(/webapi-plugin runs from a checkout \(.*\), which is not a published version\. Link the project to it/);
      s.type(ENTER);
      expect(await s.exit).toBe(0);
    } finally {
      s.kill();
    }
    expect(s.text).toContain('Next steps:');
    const dir = join(cwd, 'pty-plugin');
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; scripts: Record<string, string> };
    expect(pkg.name).toBe('pty-plugin');
    expect(pkg.scripts['mock-server']).toBeDefined(); // the http-job template
    expect((pkg as { dependencies?: Record<string, string> }).dependencies?.['webapi-plugin']).toBe(`file:${REPO_ROOT}`);
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
    expect(s.text).toContain(`error: ${join(cwd, 'busy')} is not empty (1 entry, none of them a file this template writes):\n  notes.txt`);
    expect(s.text).not.toContain('Package name');
  });
});

describe('interactive init: what can run here', () => {
  const ALL = ['--description', 'd', '--plugin-id', 'pm-test', '--task-types', 'pm_task', '--template', 'async'];

  it('offers only the package managers installed here', async () => {
    const cwd = tempDir();
    const { chmodSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { dirname } = await import('node:path');
    // PATH: node and npm, plus a pnpm that only says it ran; no yarn, no bun
    const bin = join(cwd, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'pnpm'), '#!/bin/sh\necho "fake pnpm: $*"\n');
    chmodSync(join(bin, 'pnpm'), 0o755);
    const npmDir = dirname((await import('node:child_process')).execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim());
    const s = new Session(['init', 'pm-project', '--name', 'pm-project', ...ALL, '--no-git'], cwd, { PATH: [bin, dirname(process.execPath), npmDir].join(':') });
    try {
      await s.waitFor(/Install dependencies now\?/);
      s.type('y' + ENTER);
      const menu = await s.waitFor(/Package manager[\s\S]*?pnpm[^\n]*\n/);
      expect(menu).toMatch(/npm/);
      expect(s.text).not.toMatch(/yarn|bun/);
      s.type(DOWN + ENTER); // pnpm
      await s.waitFor(/Link the project to it/);
      s.type(ENTER);
      expect(await s.exit).toBe(0);
    } finally {
      s.kill();
    }
    expect(s.text).toContain('fake pnpm: install');
  });

  it('declining the link to a checkout stops with the command that works, writing nothing', async () => {
    const cwd = tempDir();
    const s = new Session(['init', 'no-link', '--name', 'no-link', ...ALL, '--no-install', '--no-git'], cwd);
    try {
      await s.waitFor(/Link the project to it\s+\(file:[^)]*\)\?/);
      s.type('n' + ENTER);
      expect(await s.exit).toBe(2);
    } finally {
      s.kill();
    }
    expect(s.text).toContain('and you chose not to link it; nothing was written');
    expect(s.text.replace(/\n\s*/g, ' ')).toContain(`webapi-plugin init no-link --name no-link ${ALL.join(' ')} --no-install --no-git --link ${REPO_ROOT}`);
    expect(readdirSync(cwd)).toEqual([]);
  });
});
