/**
 * The CLI's errors and exit codes. Commands (and the scaffolder behind `init`) throw these; the layers
 * below the CLI throw their own domain errors instead (src/source/problem.ts ProblemError and its
 * ConfigError, TaskInputError, PluginModuleError; PluginImportError; EngineError). The CLI's error
 * boundary (src/cli/boundary.ts) maps every error to an exit code and a message in exactly one place.
 *
 *   0   success
 *   1   the task ended in failure (permanent failure, retries exhausted, timeout)
 *   2   bad usage, config or input
 *   3   system error (plugin cannot be loaded, remote unreachable after retries)
 *   130 interrupted
 */

export const ExitCode = Object.freeze({
  Success: 0,
  TaskFailed: 1,
  Usage: 2,
  System: 3,
  Interrupted: 130,
});
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export interface CliErrorOptions {
  /** Extra lines shown under the message, e.g. "did you mean --caching.size?" */
  hint?: string;
  /** Where the problem is: a file (with line/column), a flag or a field. */
  location?: string;
  cause?: unknown;
}

/** Base class: a message meant for the user, plus an exit code. */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  readonly hint?: string;
  readonly location?: string;
  constructor(message: string, exitCode: ExitCode, opts: CliErrorOptions = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'CliError';
    this.exitCode = exitCode;
    if (opts.hint !== undefined) this.hint = opts.hint;
    if (opts.location !== undefined) this.location = opts.location;
  }
}

/** Bad command line: unknown flag, missing argument, invalid value. Exit 2. */
export class UsageError extends CliError {
  constructor(message: string, opts?: CliErrorOptions) {
    super(message, ExitCode.Usage, opts);
    this.name = 'UsageError';
  }
}

/** The system failed: plugin cannot load, remote unreachable after retries, internal fault. Exit 3. */
export class SystemError extends CliError {
  constructor(message: string, opts?: CliErrorOptions) {
    super(message, ExitCode.System, opts);
    this.name = 'SystemError';
  }
}

/** The user interrupted (Ctrl-C / SIGTERM). Exit 130. */
export class InterruptedError extends CliError {
  constructor(message = 'interrupted', opts?: CliErrorOptions) {
    super(message, ExitCode.Interrupted, opts);
    this.name = 'InterruptedError';
  }
}

/** Exit with a code after the command already reported everything it had to say. */
export class SilentExit extends CliError {
  constructor(exitCode: ExitCode) {
    super('', exitCode);
    this.name = 'SilentExit';
  }
}
