/**
 * `webapi-plugin init [directory]`: the action. See src/scaffold/ for the parts.
 *
 * Exit codes: 0 written (or planned with --dry-run); 2 bad flag/answer, missing required value without
 * prompts, or a target that holds other files (without --force); 3 the project was written but
 * installing its dependencies failed (the project is kept; the message says how to retry);
 * 130 Ctrl-C at a prompt (nothing written) or during the install (the project is kept).
 * A git problem (missing identity, no git) is a warning, never a failure.
 */
import { InterruptedError, SystemError } from '../errors.js';
import { decideInteractive, scaffold } from '../scaffold/scaffold.js';
import type { CommandAction } from './commands/lazy.js';

interface InitFlags extends Record<string, unknown> {
  yes?: boolean;
  interactive?: boolean;
  force?: boolean;
  dryRun?: boolean;
  json?: boolean;
  link?: string | false;
}

function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

function isPromptExit(err: unknown): boolean {
  return err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError');
}

const action: CommandAction<InitFlags> = async ({ args, options, ctx }) => {
  const interactive = decideInteractive(options.interactive, Boolean(ctx.stdin.isTTY), Boolean(ctx.stdout.isTTY), ctx.env);
  const json = Boolean(options.json);
  const controller = new AbortController();
  let stopSignals: (() => void)[] = [];
  let result;
  try {
    result = await scaffold({
      options,
      ...(args[0] !== undefined && { directory: args[0] }),
      cwd: ctx.cwd,
      env: ctx.env,
      interactive,
      yes: Boolean(options.yes),
      force: Boolean(options.force),
      dryRun: Boolean(options.dryRun),
      json,
      ...(options.link !== undefined && { link: options.link }),
      argv: ctx.argv,
      out: json ? ctx.stderr : ctx.stdout,
      err: ctx.stderr,
      color: ctx.color,
      prompter: async () => {
        const { inquirerPrompter } = await import('../scaffold/prompt.js');
        return inquirerPrompter({ input: ctx.stdin, output: json ? ctx.stderr : ctx.stdout, color: ctx.color });
      },
      signal: controller.signal,
      // installed after the prompts (inquirer handles Ctrl-C itself while asking)
      onBeforeSteps: () => {
        const abort = () => controller.abort(new InterruptedError());
        stopSignals = [ctx.onSignal('SIGINT', abort), ctx.onSignal('SIGTERM', abort)];
      },
    });
  } catch (err) {
    if (isPromptExit(err)) {
      throw new InterruptedError('cancelled at a prompt; nothing was written');
    }
    throw err;
  } finally {
    for (const stop of stopSignals) stop();
  }
  if (json) {
    const r = result;
    ctx.stdout.write(
      JSON.stringify(
        {
          directory: r.directory,
          dryRun: r.dryRun,
          template: r.choices.template,
          choices: r.choices,
          sources: r.sources,
          webapiPluginDependency: r.webapiPluginDependency,
          ...(r.dependencyNote !== undefined && { dependencyNote: r.dependencyNote }),
          files: r.files,
          install: r.install,
          git: r.git,
          nextSteps: r.nextSteps,
          warnings: r.warnings,
        },
        null,
        2,
      ) + '\n',
    );
  }
  const inst = result.install;
  if (inst.ran && !inst.ok) {
    throw new SystemError(`installing dependencies failed: ${inst.error}; the project was kept in ${result.directory}`, {
      hint: `retry with: cd ${shellQuote(result.directory)} && ${inst.command}`,
    });
  }
  return 0;
};

export default action;
