/**
 * run's process guard (src/cli/run/guard.ts) and the stall guard (src/cli/stall.ts) on their own: what a
 * plugin writes goes to stderr redacted (JSON lines with --json), the CLI's own streams are untouched,
 * process.exit throws, an exit the guard did not intercept is corrected to 3 and told to the command, and
 * everything is put back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { guardProcess } from '../../src/cli/run/guard.js';
import type { CliContext } from '../../src/cli/context.js';
import { PermanentError } from '../../src/plugin/errors.js';
import { Redactor } from '../../src/util/redact.js';

function fakeCtx() {
  const out = { text: '' };
  const err = { text: '' };
  const stream = (sink: { text: string }) => ({ write: (s: string) => ((sink.text += s), true), isTTY: false }) as unknown as NodeJS.WriteStream;
  const redactor = new Redactor();
  redactor.add('hunter2-secret');
  const ctx = { stdout: stream(out), stderr: stream(err), redactor } as unknown as CliContext;
  return { ctx, out, err };
}

const saved = { exit: process.exit, out: process.stdout.write, err: process.stderr.write, exitCode: process.exitCode };
afterEach(() => {
  expect(process.exit).toBe(saved.exit);
  expect(process.stdout.write).toBe(saved.out);
  expect(process.stderr.write).toBe(saved.err);
  process.exitCode = saved.exitCode;
});

describe('guardProcess', () => {
  it("routes anyone's process.stdout/stderr writes to the CLI's stderr, line by line, redacted; the CLI's own stdout stays its own", () => {
    const { ctx, out, err } = fakeCtx();
    const g = guardProcess(ctx, { json: false });
    try {
      process.stdout.write('token hunter2-');
      process.stdout.write(Buffer.from('secret here\npartial'));
      // (console.* is vitest's own here; the e2e tests cover console.log and console.error)
      process.stderr.write('from stderr hunter2-secret\n');
      g.ctx.stdout.write('the result\n');
    } finally {
      g.finish();
      g.restore();
    }
    expect(out.text).toBe('the result\n');
    expect(err.text).toBe('token [REDACTED] here\nfrom stderr [REDACTED]\npartial\n');
  });

  it('with --json every such line is a JSON line {type: "output", stream, text}', () => {
    const { ctx, err } = fakeCtx();
    const g = guardProcess(ctx, { json: true });
    try {
      process.stdout.write('one hunter2-secret\ntwo\n');
    } finally {
      g.finish();
      g.restore();
    }
    expect(err.text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ type: 'output', stream: 'stdout', text: 'one [REDACTED]' }),
      expect.objectContaining({ type: 'output', stream: 'stdout', text: 'two' }),
    ]);
  });

  it('process.exit from plugin code throws a SYSTEM PermanentError (code ProcessExit) instead of ending the process', () => {
    const { ctx } = fakeCtx();
    const g = guardProcess(ctx, { json: false });
    try {
      let thrown: unknown;
      try {
        process.exit(0);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(PermanentError);
      expect(thrown).toMatchObject({ code: 'ProcessExit', kind: 'SYSTEM' });
    } finally {
      g.finish();
      g.restore();
    }
  });

  it('an exit it did not intercept, before the command finished: exit code 0 becomes 3, the command is told (to mark its records)', () => {
    const { ctx } = fakeCtx();
    const g = guardProcess(ctx, { json: false });
    const told: number[] = [];
    g.onUnfinishedExit((code) => told.push(code));
    try {
      process.emit('exit', 0);
      expect(told).toEqual([3]);
      expect(process.exitCode).toBe(3);
    } finally {
      g.restore();
    }
    // once finished, an exit is left alone
    const g2 = guardProcess(ctx, { json: false });
    const told2: number[] = [];
    g2.onUnfinishedExit((code) => told2.push(code));
    g2.finish();
    process.exitCode = 0;
    process.emit('exit', 0);
    g2.restore();
    expect(told2).toEqual([]);
    expect(process.exitCode).toBe(0);
  });
});
