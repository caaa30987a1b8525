/**
 * The CLI's error boundary (src/cli/boundary.ts): every error's exit code without printing, the text a
 * user reads (location, code frame, hint, the other problems; a stack only with --verbose), the --json
 * form; and the layering rule that lets it be the only place that knows exit codes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorDocument, exitCodeOf, formatError, reportError } from '../../src/cli/boundary.js';
import { ConfigError } from '../../src/config/errors.js';
import { EngineError } from '../../src/engine/types.js';
import { ExitCode, InterruptedError, SilentExit, SystemError, UsageError } from '../../src/errors.js';
import { PluginImportError, PluginModuleError } from '../../src/loader/errors.js';
import { ProblemError } from '../../src/source/problem.js';
import { TaskInputError } from '../../src/task/errors.js';
import { Redactor } from '../../src/util/redact.js';
import { REPO_ROOT } from '../helpers/cli.js';

const ctx = (verbose = false) => ({ redactor: new Redactor(), verbose });

describe('exitCodeOf', () => {
  it.each([
    [new UsageError('x'), ExitCode.Usage],
    [new SystemError('x'), ExitCode.System],
    [new InterruptedError(), ExitCode.Interrupted],
    [new SilentExit(ExitCode.TaskFailed), ExitCode.TaskFailed],
    [new ConfigError({ message: 'x' }), ExitCode.Usage],
    [new TaskInputError({ message: 'x' }), ExitCode.Usage],
    [new PluginModuleError({ message: 'x' }), ExitCode.Usage],
    [new PluginImportError('x'), ExitCode.System],
    [new EngineError('NoPluginForTaskType', 'x'), ExitCode.Usage],
    [new EngineError('PluginLoadFailed', 'x'), ExitCode.System],
    [new Error('a bug'), ExitCode.System],
    ['not even an error', ExitCode.System],
  ])('%s → %i', (err, code) => {
    expect(exitCodeOf(err)).toBe(code);
  });
});

describe('what the user reads', () => {
  const problem = new TaskInputError([
    { message: 'unknown key "retires" in metadata', location: 'task.yaml:3:3', frame: '> 3 |   retires: 1\n    |   ^', hint: 'did you mean "retries"?', pos: { line: 3, col: 3 } },
    { message: 'metadata.timeout: bad', location: 'task.yaml:4:12', hint: 'e.g. 90s\nmore', pos: { line: 4, col: 12 } },
    { message: 'type: expected a string', location: 'task.yaml:1:7', pos: { line: 1, col: 7 } },
  ]);

  it('the first problem in file order with its place, frame and hint; the others listed once each', () => {
    expect(formatError(problem, ctx())).toBe(
      [
        'error: type: expected a string',
        '  at task.yaml:1:7',
        '  2 more problems in the task file:',
        '  - unknown key "retires" in metadata (at task.yaml:3:3) — did you mean "retries"?',
        '  - metadata.timeout: bad (at task.yaml:4:12) — e.g. 90s',
        '',
      ].join('\n'),
    );
    const one = new ProblemError(problem.problems.find((p) => p.frame)!, 'task file');
    expect(formatError(one, ctx())).toBe('error: unknown key "retires" in metadata\n  at task.yaml:3:3\n    > 3 |   retires: 1\n        |   ^\n  did you mean "retries"?\n');
  });

  it('no stack unless --verbose; then the cause chain too; "internal error" only for the unanticipated', () => {
    const err = new PluginImportError('plugin module ./p.ts failed to load: boom', { location: '/p.ts', cause: new Error('boom') });
    expect(formatError(err, ctx())).toBe('error: plugin module ./p.ts failed to load: boom\n  at /p.ts\n');
    expect(formatError(err, ctx(true))).toMatch(/\ncaused by: Error: boom\n\s+at /);
    expect(formatError(new TypeError('x is undefined'), ctx())).toBe('error: internal error: x is undefined\n  (run with --verbose for the stack trace)\n');
  });

  it('redacts, prints nothing for SilentExit, and returns the exit code', () => {
    const c = { ...ctx(), stderr: { out: '', write(s: string) { this.out += s; return true; } } };
    c.redactor.add('s3cret-token');
    expect(reportError(new UsageError('bad token s3cret-token'), c as never)).toBe(2);
    expect(c.stderr.out).toBe('error: bad token [REDACTED]\n');
    c.stderr.out = '';
    expect(reportError(new SilentExit(ExitCode.Interrupted), c as never)).toBe(130);
    expect(c.stderr.out).toBe('');
  });

  it('--json: message, code, location, hint and the other problems', () => {
    expect(errorDocument(problem)).toEqual({
      message: 'type: expected a string',
      code: 'TaskInputError',
      location: 'task.yaml:1:7',
      more: [
        { message: 'unknown key "retires" in metadata', location: 'task.yaml:3:3', hint: 'did you mean "retries"?' },
        { message: 'metadata.timeout: bad', location: 'task.yaml:4:12', hint: 'e.g. 90s\nmore' },
      ],
    });
    expect(errorDocument(new EngineError('NoPluginForTaskType', 'no plugin'))).toEqual({ message: 'no plugin', code: 'NoPluginForTaskType' });
  });
});

describe('layering', () => {
  const sources = (dir: string): string[] =>
    readdirSync(join(REPO_ROOT, 'src', dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(REPO_ROOT, 'src', dir, f));

  it('config/, task/, loader/ and source/ throw their own errors: none imports the CLI\'s (src/errors.ts) or the CLI', () => {
    for (const file of ['config', 'task', 'loader', 'source', 'util'].flatMap(sources)) {
      // relative imports resolved (src/task/flyte/x.ts may import its layer's own ../errors.js)
      const imports = [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((m) => resolve(dirname(file), m[1]!));
      expect(imports, file).not.toContain(join(REPO_ROOT, 'src', 'errors.js'));
      expect(imports.filter((p) => p.startsWith(join(REPO_ROOT, 'src', 'cli') + sep)), file).toEqual([]);
    }
  });

  it('only the boundary maps errors to exit codes: no command module imports main.ts', () => {
    for (const file of sources('cli')) {
      if (file.endsWith('main.ts')) continue;
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from '(\.\.?\/)+main\.js'/);
    }
  });
});
