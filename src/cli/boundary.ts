/**
 * The CLI's error boundary: the one place that turns any error into an exit code (`exitCodeOf`) and into
 * what the user reads (`reportError` on stderr, `errorDocument` for --json). Layers below the CLI throw
 * their own errors; only this module knows which exit code each one means.
 *
 *   error: unknown key "retires" in metadata
 *     at task.yaml:3:3
 *       2 | metadata:
 *     > 3 |   retires: {retries: 2}
 *         |   ^
 *     did you mean "retries"?
 *
 * No stack trace unless --verbose; "internal error" only for what no layer anticipated (our bugs).
 */
import { EngineError, type EngineErrorCode } from '../engine/types.js';
import { CliError, ExitCode, SilentExit } from '../errors.js';
import { PluginImportError } from '../loader/errors.js';
import { ProblemError, type Problem } from '../source/problem.js';
import { escapeControl } from '../util/terminal.js';
import type { CliContext } from './context.js';

/** Exit codes for engine setup errors: the user's input/config (2) or the system/plugin (3). */
const ENGINE_EXIT: Record<EngineErrorCode, ExitCode> = {
  NoPluginForTaskType: ExitCode.Usage,
  AmbiguousTaskType: ExitCode.Usage,
  DuplicateDefault: ExitCode.Usage,
  InvalidPluginEntry: ExitCode.Usage,
  InvalidConfig: ExitCode.Usage,
  UnknownQuotaNamespace: ExitCode.Usage,
  NoSavedState: ExitCode.Usage,
  InvalidTaskSpec: ExitCode.Usage,
  DuplicateTaskId: ExitCode.Usage,
  GeneratedNameClash: ExitCode.Usage,
  PluginLoadFailed: ExitCode.System,
  NotSerializable: ExitCode.System,
  InvalidPhaseInfo: ExitCode.System,
  StateStoreFailed: ExitCode.System,
  EngineShutdown: ExitCode.System,
};

/** The exit code of an error, without printing anything. */
export function exitCodeOf(err: unknown): ExitCode {
  if (err instanceof CliError) return err.exitCode;
  if (err instanceof ProblemError) return ExitCode.Usage;
  if (err instanceof PluginImportError) return ExitCode.System;
  if (err instanceof EngineError) return ENGINE_EXIT[err.code] ?? ExitCode.System;
  return ExitCode.System;
}

/** An error some layer raised on purpose (its message is meant for the user), as opposed to a bug. */
function isAnticipated(err: unknown): boolean {
  return err instanceof CliError || err instanceof ProblemError || err instanceof PluginImportError || err instanceof EngineError;
}

interface Shown {
  message: string;
  location?: string;
  frame?: string;
  hint?: string;
}

function shownOf(err: unknown): Shown {
  if (!isAnticipated(err)) return { message: `internal error: ${err instanceof Error ? err.message : String(err)}` };
  const e = err as Error & Partial<Shown>;
  return { message: e.message, ...(e.location && { location: e.location }), ...(e.frame && { frame: e.frame }), ...(e.hint && { hint: e.hint }) };
}

const indent = (text: string, by: string) => text.split('\n').map((l) => (l ? by + l : l)).join('\n');

function moreProblems(more: readonly Problem[], what: string): string {
  if (more.length === 0) return '';
  const lines = more.map((p) => `  - ${p.message}${p.location ? ` (at ${p.location})` : ''}${p.hint ? ` — ${p.hint.split('\n')[0]}` : ''}`);
  return `  ${more.length} more problem${more.length > 1 ? 's' : ''} in the ${what}:\n${lines.join('\n')}\n`;
}

/** The text reportError prints (redacted; control characters from plugins and files shown escaped). */
export function formatError(err: unknown, ctx: Pick<CliContext, 'redactor' | 'verbose'>): string {
  const red = (s: string) => escapeControl(ctx.redactor.redact(s));
  const s = shownOf(err);
  let out = `error: ${red(s.message)}\n`;
  if (s.location) out += `  at ${red(s.location)}\n`;
  if (s.frame) out += indent(red(s.frame), '    ') + '\n';
  if (s.hint) out += indent(red(s.hint), '  ') + '\n';
  if (err instanceof ProblemError) out += red(moreProblems(err.more, err.what));
  if (ctx.verbose && err instanceof Error && err.stack) {
    out += red(err.stack) + '\n';
    // the cause chain: where the plugin (or library) itself failed
    for (let cause = err.cause, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth++) {
      out += `caused by: ${red(cause.stack ?? `${cause.name}: ${cause.message}`)}\n`;
    }
  } else if (!isAnticipated(err)) out += '  (run with --verbose for the stack trace)\n';
  return out;
}

/** Print an error the user can act on (the stack only with --verbose) and return its exit code. */
export function reportError(err: unknown, ctx: Pick<CliContext, 'redactor' | 'verbose' | 'stderr'>): number {
  const code = exitCodeOf(err);
  if (err instanceof SilentExit) return code;
  ctx.stderr.write(formatError(err, ctx));
  return code;
}

/** The error as JSON (for --json documents), redacted by the caller. */
export function errorDocument(err: unknown): Record<string, unknown> {
  const s = shownOf(err);
  const doc: Record<string, unknown> = { message: s.message };
  if (err instanceof EngineError) doc.code = err.code;
  else if (err instanceof Error && err.name !== 'Error') doc.code = err.name;
  if (s.location) doc.location = s.location;
  if (s.hint) doc.hint = s.hint;
  if (err instanceof ProblemError && err.more.length) doc.more = err.more.map((p) => ({ message: p.message, ...(p.location && { location: p.location }), ...(p.hint && { hint: p.hint }) }));
  return doc;
}
