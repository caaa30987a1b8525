/**
 * `webapi-plugin init` from start to end, as a pipeline of named steps over one narrow context (the
 * shape of create-astro's `steps`): each step reads what the ones before it decided and adds its own.
 * Nothing is written before the "write" step, so every refusal (a bad answer, a package manager that is
 * not installed, an unresolvable webapi-plugin, a directory holding other files) leaves no trace.
 * Knows nothing about commander; the CLI action (src/cli/init.ts) hands it the parsed options. The
 * words shown are in messages.ts.
 */
import { resolve } from 'node:path';
import { InterruptedError, SystemError, UsageError } from '../errors.js';
import { type DependencyDecision, type OwnPackage, decideDependency, ownPackage } from './dependency.js';
import type { GitOutcome, InstallResult } from './exec.js';
import { conflictError, interruptedHint, nextSteps, paint, planLines, summaryLines } from './messages.js';
import { installCommand, installedPackageManagers } from './package-manager.js';
import type { InitAnswers } from './questions.js';
import { type Prompter, type ResolvedAnswers, resolveAnswers } from './resolve.js';
import { projectDeployFiles } from './deploy-files.js';
import { type RenderedFile, type TemplateManifest, TemplateError, listTemplates, renderTemplate, renderText, templateVariables } from './templates.js';
import { type PlannedFile, inspectTarget, planFiles, writeProject } from './write.js';

export interface ScaffoldOptions {
  /** commander's option values for the table's questions, plus the command's own flags. */
  options: Record<string, unknown>;
  /** The directory argument as typed, if any. */
  directory?: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  interactive: boolean;
  yes: boolean;
  force: boolean;
  dryRun: boolean;
  json: boolean;
  /** `--link <path>` (a checkout or installation of webapi-plugin), `--no-link` (false), or neither. */
  link?: string | false;
  /** The command line after `webapi-plugin`, to print a command that works. */
  argv?: readonly string[];
  /** Human output (stdout, or stderr with --json). */
  out: NodeJS.WritableStream;
  /** Warnings. */
  err: NodeJS.WritableStream;
  color: boolean;
  /** Builds the prompter when one is needed (lazy: inquirer is heavy). */
  prompter?: () => Promise<Prompter>;
  /** Aborted on Ctrl-C / SIGTERM while installing. */
  signal?: AbortSignal;
  /** Called once the prompts are over and the files are written, before install and git. */
  onBeforeSteps?: () => void;
  templatesRoot?: string;
  /** The webapi-plugin this runs from (tests give another). */
  own?: OwnPackage;
}

export interface ScaffoldResult {
  directory: string;
  dryRun: boolean;
  choices: InitAnswers;
  /** The `webapi-plugin` dependency written to package.json ("^0.1.0" or "file:/abs/path"). */
  webapiPluginDependency: string;
  /** Why the project is linked to a local webapi-plugin, when it is. */
  dependencyNote?: string;
  sources: ResolvedAnswers['sources'];
  files: PlannedFile[];
  install: (InstallResult & { ran: true }) | { ran: false; command: string };
  git: GitOutcome | { status: 'not-requested' };
  nextSteps: string[];
  warnings: string[];
}

/** What the steps share. Each field is set by one step (named beside it) and only read after. */
interface InitContext {
  readonly o: ScaffoldOptions;
  readonly p: ReturnType<typeof paint>;
  /** Human output, collected and flushed in a few writes (one write per line costs start-up time). */
  say(line?: string): void;
  flush(): void;
  warn(message: string, hint?: string): void;
  warnings: string[];
  templates: TemplateManifest[]; // find templates
  directory?: string; // find templates
  prompter?: Prompter; // check a named directory
  resolved: ResolvedAnswers; // answer the questions
  dependency: DependencyDecision; // choose the webapi-plugin dependency
  template: TemplateManifest; // render
  target: string; // render
  files: RenderedFile[]; // render
  templateSteps: string[]; // render
  plan: PlannedFile[]; // inspect the target
  install: ScaffoldResult['install']; // install
  git: ScaffoldResult['git']; // git
  /** Set by a step that ends the run early (dry run). */
  stop?: boolean;
}

type Step = { name: string; run(c: InitContext): void | Promise<void> };

const findTemplates: Step = {
  name: 'find templates',
  run(c) {
    c.templates = listTemplates(c.o.templatesRoot);
    if (c.templates.length === 0) throw new SystemError('no project templates were found', { hint: 'the webapi-plugin installation looks incomplete: reinstall it' });
    if (c.o.directory !== undefined) c.directory = resolve(c.o.cwd, c.o.directory);
  },
};

/** Before asking anything: a named directory that holds the user's work would be refused at the end. */
const checkNamedDirectory: Step = {
  name: 'check a named directory',
  async run(c) {
    if (c.o.interactive && !c.o.yes && c.o.prompter) c.prompter = await c.o.prompter();
    if (c.prompter && c.directory !== undefined && !c.o.force) {
      const early = inspectTarget(c.directory, []);
      if (early.userEntries.length > 0) throw conflictError(c.directory, early);
    }
  },
};

const answerQuestions: Step = {
  name: 'answer the questions',
  async run(c) {
    c.resolved = await resolveAnswers({
      options: c.o.options,
      ...(c.directory !== undefined && { directory: c.directory }),
      env: c.o.env,
      templates: c.templates,
      packageManagers: installedPackageManagers(c.o.env),
      interactive: c.o.interactive,
      yes: c.o.yes,
      ...(c.prompter && { prompter: c.prompter }),
    });
  },
};

const chooseDependency: Step = {
  name: 'choose the webapi-plugin dependency',
  async run(c) {
    const prompter = c.prompter;
    c.dependency = await decideDependency({
      link: c.o.link,
      cwd: c.o.cwd,
      env: c.o.env,
      own: c.o.own ?? ownPackage(),
      argv: c.o.argv ?? [],
      ...(prompter && { confirm: (message: string) => prompter.confirm({ message, default: true }) }),
    });
    if (c.dependency.warning) c.warn(c.dependency.warning);
  },
};

const render: Step = {
  name: 'render the template',
  run(c) {
    const a = c.resolved.answers;
    c.target = c.directory ?? resolve(c.o.cwd, a.name.replace(/^@[^/]+\//, ''));
    c.template = c.templates.find((x) => x.name === a.template)!;
    const vars = templateVariables(a, c.template.name, (c.o.own ?? ownPackage()).version);
    try {
      const files = renderTemplate(c.template, vars, { name: a.name, description: a.description, webapiPluginDependency: c.dependency.spec });
      c.files = [...files, ...projectDeployFiles(a, files)].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
      c.templateSteps = c.template.nextSteps.map((s) => renderText(s, vars, `template "${c.template.name}" template.json nextSteps`));
    } catch (err) {
      if (err instanceof TemplateError) throw new SystemError(err.message, { hint: `the template "${c.template.name}" is broken; nothing was written`, cause: err });
      throw err;
    }
  },
};

const inspectTheTarget: Step = {
  name: 'inspect the target',
  run(c) {
    const insp = inspectTarget(c.target, c.files);
    if (insp.blocked.length > 0) {
      throw new UsageError(
        insp.blocked.includes('.')
          ? `${c.target} exists and is not a directory`
          : `cannot write into ${c.target}: ${insp.blocked.map((b) => `${b} is in the way (a file where a directory is needed, or the reverse)`).join('; ')}`,
        { location: c.target, hint: 'choose another directory; --force never deletes or replaces directories' },
      );
    }
    if (insp.userEntries.length > 0 && !c.o.force) throw conflictError(c.target, insp);
    c.plan = planFiles(c.files, insp);
  },
};

const write: Step = {
  name: 'write the project',
  run(c) {
    const a = c.resolved.answers;
    const { p } = c;
    const summary = summaryLines(a, c.dependency.spec, p);
    if (c.o.dryRun) {
      c.say(`${p.bold('Dry run')}: would create ${p.cyan(a.name)} in ${c.target} ${p.dim('(nothing is written)')}`);
      summary.forEach((l) => c.say(l));
      if (c.dependency.note) c.say(`  ${p.dim(c.dependency.note)}`);
      c.say();
      planLines(c.plan, p).forEach((l) => c.say(l));
      c.say();
      if (a.install) c.say(`  would run ${installCommand(a.packageManager).flat().join(' ')}`);
      if (a.git) c.say('  would run git init and a first commit (skipped inside an existing repository)');
      c.stop = true;
      return;
    }
    c.say(`Creating ${p.cyan(a.name)} in ${c.target}`);
    summary.forEach((l) => c.say(l));
    if (c.dependency.note) c.say(`  ${p.yellow('note:')} ${c.dependency.note}`);
    c.say();
    try {
      writeProject(c.target, c.files);
    } catch (err) {
      throw new SystemError(`cannot write the project into ${c.target}: ${(err as Error).message}`, {
        hint: 'check that the directory is writable and the disk has space; nothing was left half-written',
        cause: err,
      });
    }
    planLines(c.plan, p).forEach((l) => c.say(l));
    c.o.onBeforeSteps?.();
  },
};

const install: Step = {
  name: 'install dependencies',
  async run(c) {
    const pm = c.resolved.answers.packageManager;
    if (!c.resolved.answers.install) return;
    c.say();
    c.say(`Installing dependencies with ${pm}…`);
    c.flush();
    const { installDependencies } = await import('./exec.js');
    const r = await installDependencies(pm, c.target, c.o.json ? c.o.err : c.o.out, c.o.env, c.o.signal);
    c.install = { ...r, ran: true };
    if (c.o.signal?.aborted) {
      throw new InterruptedError(`interrupted while installing dependencies; the project was kept in ${c.target}`, {
        hint: interruptedHint(c.target, installCommand(pm).flat().join(' ')),
      });
    }
  },
};

const git: Step = {
  name: 'initialise git',
  async run(c) {
    if (!c.resolved.answers.git) return;
    c.flush();
    const { initGit } = await import('./exec.js');
    c.git = await initGit(c.target, c.o.env);
    if (c.git.status === 'skipped') c.say(`git: skipped: ${c.git.reason}`);
    else if (c.git.status === 'committed') c.say('git: initialised a repository with a first commit');
    else if (c.git.status === 'uncommitted') c.warn(c.git.reason, c.git.hint);
    else c.warn(c.git.reason);
  },
};

/** In order. */
export const STEPS: readonly Step[] = [findTemplates, checkNamedDirectory, answerQuestions, chooseDependency, render, inspectTheTarget, write, install, git];

export async function scaffold(o: ScaffoldOptions): Promise<ScaffoldResult> {
  let pending = '';
  const p = paint(o.color);
  const c = {
    o,
    p,
    say: (s = '') => {
      if (!o.json) pending += s + '\n';
    },
    flush: () => {
      if (pending) o.out.write(pending);
      pending = '';
    },
    warnings: [] as string[],
    warn(message: string, hint?: string) {
      c.warnings.push(message);
      o.err.write(`${p.yellow('warning:')} ${message}\n${hint ? `  ${hint}\n` : ''}`);
    },
    git: { status: 'not-requested' },
  } as InitContext;
  try {
    for (const step of STEPS) {
      await step.run(c);
      if (c.stop) break;
    }
    const a = c.resolved.answers;
    c.install ??= { ran: false, command: installCommand(a.packageManager).flat().join(' ') };
    const installed = c.install.ran && c.install.ok;
    const steps = nextSteps(a.packageManager, c.target, o.cwd, installed, c.templateSteps);
    if (!c.stop) {
      c.say();
      if (c.install.ran && !c.install.ok) c.say(`${p.yellow('!')} The project was written, but its dependencies are not installed. Next steps:`);
      else c.say(`${p.green('✔')} Done. Next steps:`);
      for (const s of steps) c.say(`  ${s}`);
    }
    return {
      directory: c.target,
      dryRun: o.dryRun,
      choices: a,
      webapiPluginDependency: c.dependency.spec,
      ...(c.dependency.note !== undefined && { dependencyNote: c.dependency.note }),
      sources: c.resolved.sources,
      files: c.plan,
      install: c.install,
      git: c.git,
      nextSteps: steps,
      warnings: c.warnings,
    };
  } finally {
    c.flush();
  }
}

/** Interactivity: TTYs on both ends and no CI, unless --interactive / --no-interactive says otherwise. */
export function decideInteractive(flag: boolean | undefined, stdinTTY: boolean, stdoutTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (flag !== undefined) return flag;
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI.toLowerCase() !== 'false';
  return stdinTTY && stdoutTTY && !ci;
}
