/**
 * The CLI entry: the commander program (global options, help, the command registry) run inside the
 * error boundary (./boundary.ts), which maps every error to an exit code. Imports nothing heavy: each
 * command's module is imported only when that command runs.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { ExitCode, UsageError } from '../errors.js';
import { didYouMean } from '../util/suggest.js';
import { reportError } from './boundary.js';
import { type CliContext, decideColor, processContext } from './context.js';
import { registerCommands } from './commands/index.js';

const EXIT_CODES_HELP = `
Exit codes:
  0    success
  1    the task ended in failure (permanent failure, retries exhausted, timeout)
  2    bad usage, config or input
  3    system error (plugin cannot be loaded, remote unreachable after retries, a
       command left waiting on a promise that never settles)
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
  registerHelp(program, setExit);
  return program;
}

/** `help [command]`: a command's help, or the root help; an unknown name is a usage error (exit 2). */
function registerHelp(program: Command, setExit: (code: number) => void): void {
  program.helpCommand(false);
  program
    .command('help')
    .description('display help for command')
    .argument('[command]', 'the command to describe')
    .action((name: string | undefined) => {
      if (name === undefined) {
        program.outputHelp();
        return setExit(0);
      }
      const names = program.commands.filter((c) => c.name() !== 'help').flatMap((c) => [c.name(), ...c.aliases()]);
      const cmd = program.commands.find((c) => c.name() !== 'help' && (c.name() === name || c.aliases().includes(name)));
      if (!cmd) {
        throw new UsageError(`unknown command '${name}'`, {
          hint: [didYouMean(name, names), `commands: ${names.join(', ')} (webapi-plugin --help shows them all)`].filter(Boolean).join('\n'),
        });
      }
      cmd.outputHelp();
      setExit(0);
    });
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
  // the real exit, whatever a command does to process.exit while plugin code runs (run/guard.ts)
  const exit = process.exit;
  // `webapi-plugin ... | head`: a closed pipe is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') exit.call(process, process.exitCode ?? 0);
      throw err;
    });
  }
  const code = await main(argv);
  process.exitCode = code;
}
