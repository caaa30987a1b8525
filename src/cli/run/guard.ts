/**
 * What `run` guards in its own process while it drives user code (the config module, plugin modules and
 * their calls), from the start of the command to its end:
 *
 * - **Console output.** Anything written to process.stdout or process.stderr by anyone but the CLI
 *   itself (a plugin's console.log/console.error/process.stdout.write, a library's warning) goes to
 *   stderr, line by line, with secrets redacted: stdout keeps only the result (the YAML outputs or the
 *   single `--json` document). With `--json` each such line is a JSON line
 *   `{"type":"output","stream":"stdout"|"stderr","text":…,"time":…}`. The CLI writes through
 *   `ctx.stdout`/`ctx.stderr` of the guarded context, which keep the real streams.
 * - **process.exit.** A call from plugin code throws instead (a SYSTEM PermanentError, code
 *   "ProcessExit"): the task fails, its remote job is deleted as for any failure, and `run` exits 3. If
 *   the process ends anyway before the command finished (an exit this guard did not see), an `exit` hook
 *   makes the exit code 3 (unless it already says failure) and lets the command mark its run records.
 *
 * `restore()` puts everything back; the CLI's own exits (a second Ctrl-C, a closed pipe) use `exit`.
 */
import { StringDecoder } from 'node:string_decoder';
import { ExitCode } from '../../errors.js';
import { PermanentError } from '../../plugin/errors.js';
import { stringifyExact } from '../../util/exact-json.js';
import { terminalSafeJson } from '../../util/terminal.js';
import type { CliContext } from '../context.js';

type Write = NodeJS.WriteStream['write'];

export interface ProcessGuard {
  /** The context whose stdout/stderr write to the real streams. */
  ctx: CliContext;
  /** End the process now (the CLI's own exits), whatever the guard intercepts. */
  exit(code: number): never;
  /** Told when the process ends before `finish()` (write records synchronously there). */
  onUnfinishedExit(hook: (code: number) => void): void;
  /** The command finished: the exit hook has nothing left to correct. */
  finish(): void;
  restore(): void;
}

/** A stream object that behaves as `stream` but writes through `write` (the real write, kept aside). */
function ownStream(stream: NodeJS.WriteStream, write: Write): NodeJS.WriteStream {
  return Object.create(stream, { write: { value: write, writable: true, configurable: true } }) as NodeJS.WriteStream;
}

/** The longest partial line kept waiting for its newline before it is written anyway. */
const MAX_PENDING = 64 * 1024;

export function guardProcess(ctx: CliContext, opts: { json: boolean }): ProcessGuard {
  const realExit = process.exit;
  const outs = [
    { stream: process.stdout, name: 'stdout' as const },
    { stream: process.stderr, name: 'stderr' as const },
  ];
  const saved = outs.map((o) => o.stream.write);
  const ctxOut = ctx.stdout.write.bind(ctx.stdout) as Write;
  const ctxErr = ctx.stderr.write.bind(ctx.stderr) as Write;
  const guarded: CliContext = { ...ctx, stdout: ownStream(ctx.stdout, ctxOut), stderr: ownStream(ctx.stderr, ctxErr) };
  // through the guarded stderr: a spinner (ora hooks it) is cleared and redrawn around the line
  const toStderr = (s: string) => guarded.stderr.write(s);

  const emitLines = (name: 'stdout' | 'stderr', text: string) => {
    const red = ctx.redactor.redact(text);
    if (!opts.json) return toStderr(red);
    const lines = red.replace(/\n$/, '').split('\n');
    return toStderr(lines.map((line) => terminalSafeJson(stringifyExact({ type: 'output', stream: name, text: line, time: new Date().toISOString() }))).join('\n') + '\n');
  };
  const pending = new Map<string, { decoder: StringDecoder; text: string }>();
  const flush = (name: 'stdout' | 'stderr', all: boolean) => {
    const p = pending.get(name);
    if (!p) return;
    const cut = all ? p.text.length : p.text.lastIndexOf('\n') + 1;
    if (cut <= 0) return;
    const ready = p.text.slice(0, cut);
    p.text = p.text.slice(cut);
    emitLines(name, all && !ready.endsWith('\n') ? ready + '\n' : ready);
  };
  outs.forEach(({ stream, name }) => {
    pending.set(name, { decoder: new StringDecoder('utf8'), text: '' });
    stream.write = function (chunk: unknown, encoding?: unknown, cb?: unknown): boolean {
      const p = pending.get(name)!;
      const enc = typeof encoding === 'string' ? (encoding as BufferEncoding) : undefined;
      p.text += typeof chunk === 'string' ? (enc && enc !== 'utf8' && enc !== 'utf-8' ? Buffer.from(chunk, enc).toString('utf8') : chunk) : p.decoder.write(Buffer.from(chunk as Uint8Array));
      flush(name, p.text.length > MAX_PENDING);
      const done = typeof encoding === 'function' ? encoding : cb;
      if (typeof done === 'function') process.nextTick(done as () => void);
      return true;
    } as Write;
  });

  process.exit = ((code?: number | string | null) => {
    throw new PermanentError(
      `the plugin called process.exit(${code ?? ''}) while run was driving it; run does not let plugin code end the process: the task fails instead (throw an error, or return a failure PhaseInfo)`,
      { code: 'ProcessExit', kind: 'SYSTEM' },
    );
  }) as typeof process.exit;

  let finished = false;
  const hooks: ((code: number) => void)[] = [];
  const onExit = (code: number) => {
    if (finished) return;
    finished = true;
    for (const name of ['stdout', 'stderr'] as const) flush(name, true);
    const corrected = code === ExitCode.Success ? ExitCode.System : code;
    for (const h of hooks) {
      try {
        h(corrected);
      } catch {
        /* exiting: nothing more to do */
      }
    }
    if (corrected !== code) {
      saved[1]!.call(process.stderr, `error: the process was ended (exit ${code}) before run finished its tasks: exit ${corrected}\n`);
      process.exitCode = corrected;
    }
  };
  process.on('exit', onExit);

  let restored = false;
  return {
    ctx: guarded,
    exit: (code) => {
      finished = true;
      return realExit.call(process, code);
    },
    onUnfinishedExit: (hook) => void hooks.push(hook),
    finish: () => {
      finished = true;
    },
    restore: () => {
      if (restored) return;
      restored = true;
      for (const name of ['stdout', 'stderr'] as const) flush(name, true);
      outs.forEach(({ stream }, i) => (stream.write = saved[i]!));
      process.exit = realExit;
      process.off('exit', onExit);
    },
  };
}
