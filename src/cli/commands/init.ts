import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import { QUESTIONS } from '../../scaffold/questions.js';
import { listTemplates } from '../../scaffold/templates.js';
import { lazyAction } from './lazy.js';

/**
 * `init` options are derived from the question table (src/scaffold/questions.ts): one flag per
 * question (confirm questions also get their `--no-` twin). No defaults are set here, so the action
 * can tell "not given" from "given": defaults come from the table, shown in the help text.
 */
export function registerInit(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  const cmd = program
    .command('init')
    .description('scaffold a new plugin project: one that builds, passes its own tests and runs at once')
    .argument('[directory]', 'where to create the project (default: ./<package name without scope>)');
  for (const q of QUESTIONS) {
    cmd.addOption(new Option(q.flag, `${q.help} (default: ${q.defaultHelp})`));
    if (q.type === 'confirm') cmd.addOption(new Option(`--no-${q.flag.replace(/^--/, '')}`, `do not ${q.key === 'install' ? 'install dependencies' : 'initialise git'}`));
  }
  cmd
    .option('-y, --yes', 'accept the defaults for every question not given as a flag (never prompts)')
    .option('--interactive', 'ask questions even without a terminal or with CI set')
    .option('--no-interactive', 'never ask; take flags and defaults (a missing required value is an error)')
    .option('--force', 'write into a non-empty directory, overwriting only colliding files (never deletes, never touches .git)')
    .option('--dry-run', 'print what would be created or overwritten, and write nothing')
    .option('--json', 'print the files, choices and next steps as one JSON document on stdout (install output goes to stderr)')
    .option('--link <path>', 'depend on a local webapi-plugin checkout or installation ("file:<abs path>") instead of the published version')
    .option('--no-link', 'depend on the published version (^<version>) even when it cannot be found on the registry')
    .addHelpText('after', () => templatesHelp())
    .action(lazyAction(ctx, setExit, async () => (await import('../init.js')).default));
}

/** Listed only when help is shown (reads the shipped templates' manifests). */
function templatesHelp(): string {
  return `
Templates (--template):
${templateLines()}

Interactive when stdin and stdout are terminals and CI is not set. Without prompts, --yes takes every
default; otherwise the package name (--name or a directory) is required.

The project depends on the published webapi-plugin (^<version>) when the configured registry has it. Run
from a checkout, init links the project to the checkout instead (and says so); run from an installation
whose version the registry does not have, it stops with the command that works (--link).

Examples:
  $ webapi-plugin init my-plugin                       ask the remaining questions
  $ webapi-plugin init my-plugin --yes --no-install    defaults, no install
  $ webapi-plugin init --name @acme/jobs --template http-job --task-types jobs_task --yes`;
}

function templateLines(): string {
  try {
    return listTemplates()
      .map((t) => `  ${t.name.padEnd(10)} ${t.description} [${t.kinds.join(', ')}]`)
      .join('\n');
  } catch (e) {
    return `  (cannot list templates: ${(e as Error).message})`;
  }
}
