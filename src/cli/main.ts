/**
 * The CLI entry: commander wiring and the single error boundary that maps every error to an exit code.
 * Imports nothing heavy: each command's module is imported only when that command runs.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { CliError, ExitCode } from '../errors.js';
import { EngineError, type EngineErrorCode } from '../engine/types.js';
import { type CliContext, decideColor, processContext } from './context.js';
import { registerCommands } from './commands/index.js';

const EXIT_CODES_HELP = `
Exit codes:
  0    success
  1    the task ended in failure (permanent failure, retries exhausted, timeout)
  2    bad usage, config or input
  3    system error (plugin cannot be loaded, remote unreachable after retries)
  130  interrupted (Ctrl-C)`;

const EXAMPLES_HELP = `
Examples:
  $ webapi-plugin init my-plugin --yes          scaffold a plugin project
  $ webapi-plugin run task.yaml                 run a task locally with Flyte's engine semantics
  $ webapi-plugin config --dump --show-origin   show the effective PluginConfig and where it came from
  $ webapi-plugin serve --plugin ./plugin.ts    serve the plugin to Flyte as an agent (connector)`;

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

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

export function buildProgram(ctx: CliContext, setExit: (code: number) => void): Command {
  const program = new Command('webapi-plugin');
  program
    .description('Write, run and serve Flyte Web API plugins: scaffold a plugin, run tasks locally with the semantics of Flyte\'s engine, and serve the same plugin to a Flyte cluster.')
    .version(version(), '-V, --version', 'print the version')
    .option('--verbose', 'show debug detail and stack traces')
    .addOption(new Option('--no-color', 'disable colour (NO_COLOR and FORCE_COLOR are honoured too)'))
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      outputError: (s, write) => write(s),
    })
    .addHelpText('after', EXAMPLES_HELP + '\n' + EXIT_CODES_HELP);
  program.hook('preAction', (_this, actionCommand) => {
    const g = program.opts<{ verbose?: boolean; color?: boolean }>();
    ctx.verbose = Boolean(g.verbose);
    ctx.color = decideColor(ctx.env, Boolean(ctx.stderr.isTTY), g.color === false);
    // chalk/ora/yoctocolors read FORCE_COLOR when imported: decide for them.
    ctx.env.FORCE_COLOR = ctx.color ? (ctx.env.FORCE_COLOR && ctx.env.FORCE_COLOR !== '0' ? ctx.env.FORCE_COLOR : '1') : '0';
    void actionCommand;
  });
  registerCommands(program, ctx, setExit);
  return program;
}

/** Print an error the user can act on; the stack only with --verbose. Returns the exit code. */
export function reportError(err: unknown, ctx: CliContext): number {
  const red = (s: string) => ctx.redactor.redact(s);
  let code: number = ExitCode.System;
  let message: string;
  let hint: string | undefined;
  let location: string | undefined;
  if (err instanceof CliError) {
    code = err.exitCode;
    message = err.message;
    hint = err.hint;
    location = err.location;
    if (err.name === 'SilentExit') return code;
  } else if (err instanceof EngineError) {
    code = ENGINE_EXIT[err.code] ?? ExitCode.System;
    message = err.message;
  } else if (err instanceof Error) {
    message = `internal error: ${err.message}`;
  } else {
    message = `internal error: ${String(err)}`;
  }
  let out = `error: ${red(message)}\n`;
  if (location) out += `  at ${red(location)}\n`;
  if (hint) out += `  ${red(hint).split('\n').join('\n  ')}\n`;
  if (ctx.verbose && err instanceof Error && err.stack) {
    out += red(err.stack) + '\n';
    // the cause chain: where the plugin (or library) itself failed
    for (let cause = err.cause, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth++) {
      out += `caused by: ${red(cause.stack ?? `${cause.name}: ${cause.message}`)}\n`;
    }
  }
  else if (!(err instanceof CliError) && !(err instanceof EngineError)) out += '  (run with --verbose for the stack trace)\n';
  ctx.stderr.write(out);
  return code;
}

export async function main(argv: string[], ctx: CliContext = processContext(argv)): Promise<number> {
  let exit = 0;
  const program = buildProgram(ctx, (c) => (exit = c));
  if (argv.length === 0) {
    program.outputHelp();
    return ExitCode.Usage;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exit;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help / --version end here with exit code 0; parse errors were already printed by commander.
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return ExitCode.Usage;
    }
    return reportError(err, ctx);
  }
}

/** Used by bin/: runs main and sets the process exit code (never calls process.exit on success paths). */
export async function run(argv: string[]): Promise<void> {
  // `webapi-plugin ... | head`: a closed pipe is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  const code = await main(argv);
  process.exitCode = code;
}
