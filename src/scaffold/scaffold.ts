/**
 * `webapi-plugin init` from start to end: answers → plan → write → install → git → next steps.
 * Knows nothing about commander; the CLI action (src/cli/init.ts) hands it the parsed options.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { InterruptedError, SystemError, UsageError } from '../errors.js';
import { type PackageManager, execCommand, installCommand, installCommandLine, scriptCommand } from './package-manager.js';
import { type InitAnswers, QUESTIONS, formatAnswer } from './questions.js';
import { type Prompter, type ResolvedAnswers, resolveAnswers } from './resolve.js';
import { type RenderedFile, type TemplateVariables, TemplateError, listTemplates, pluginClassName, renderTemplate, renderText } from './templates.js';
import { type PlannedFile, type TargetInspection, inspectTarget, planFiles, writeProject } from './write.js';
import type { GitOutcome, InstallResult } from './steps.js';

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
  /** `--link <path>`: depend on a local checkout of webapi-plugin (`file:` dependency). */
  link?: string;
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
}

export interface ScaffoldResult {
  directory: string;
  dryRun: boolean;
  choices: InitAnswers;
  /** The `webapi-plugin` dependency written to package.json ("^0.1.0" or "file:/abs/path"). */
  webapiPluginDependency: string;
  sources: ResolvedAnswers['sources'];
  files: PlannedFile[];
  install: (InstallResult & { ran: true }) | { ran: false; command: string };
  git: GitOutcome | { status: 'not-requested' };
  nextSteps: string[];
  warnings: string[];
}

let version: string | undefined;
function ownVersion(): string {
  version ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return version;
}

/** `--link <path>` → `file:<absolute path>`, checked to be a webapi-plugin checkout. */
export function linkDependency(link: string, cwd: string): string {
  const abs = resolve(cwd, link);
  let name: unknown;
  try {
    name = (JSON.parse(readFileSync(resolve(abs, 'package.json'), 'utf8')) as { name?: unknown }).name;
  } catch {
    throw new UsageError(`--link ${link}: no package.json in ${abs}`, { location: '--link', hint: 'give the path of a webapi-plugin checkout (the folder holding its package.json)' });
  }
  if (name !== 'webapi-plugin') {
    throw new UsageError(`--link ${link}: ${abs} holds the package "${String(name)}", not webapi-plugin`, { location: '--link' });
  }
  return `file:${abs}`;
}

function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** cd, install (unless done), test, the template's own steps, run. */
export function nextSteps(answers: InitAnswers, target: string, cwd: string, installed: boolean, templateSteps: readonly string[]): string[] {
  const pm = answers.packageManager;
  const rel = relative(cwd, target);
  const steps: string[] = [];
  if (rel !== '') steps.push(`cd ${shellQuote(rel.startsWith('..') ? target : rel)}`);
  if (!installed) steps.push(installCommandLine(pm));
  steps.push(scriptCommand(pm, 'test'));
  steps.push(...templateSteps);
  steps.push(`${execCommand(pm, 'webapi-plugin')} run task.yaml`);
  return steps;
}

function paint(color: boolean) {
  const wrap = (open: number, close: number) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), green: wrap(32, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), red: wrap(31, 39) };
}

function conflictError(target: string, insp: TargetInspection): UsageError {
  const lines: string[] = [];
  const colliding = new Set(insp.collisions);
  // colliding files, plus the user's other top-level entries (a folder holding a collision is not repeated)
  const others = insp.userEntries.filter((e) => !insp.collisions.some((c) => c === e || c.startsWith(e + '/')));
  const shown = [...insp.collisions, ...others].sort();
  for (const e of shown.slice(0, 15)) lines.push(`  ${e}${colliding.has(e) ? '  (would be overwritten)' : ''}`);
  if (shown.length > 15) lines.push(`  … and ${shown.length - 15} more`);
  const msg =
    insp.collisions.length > 0
      ? `${target} already holds ${insp.collisions.length} of the files this template writes`
      : `${target} is not empty`;
  return new UsageError(`${msg}:\n${lines.join('\n')}`, {
    location: target,
    hint:
      'use --force to write anyway (it overwrites only the files the template writes' +
      (insp.collisions.length > 0 ? `, ${insp.collisions.length} here` : '') +
      ', keeps everything else and never touches .git), or choose another directory',
  });
}

export async function scaffold(o: ScaffoldOptions): Promise<ScaffoldResult> {
  const templates = listTemplates(o.templatesRoot);
  if (templates.length === 0) throw new SystemError('no project templates were found', { hint: 'the webapi-plugin installation looks incomplete: reinstall it' });
  const dependency = o.link ? linkDependency(o.link, o.cwd) : `^${ownVersion()}`;
  const directoryAbs = o.directory !== undefined ? resolve(o.cwd, o.directory) : undefined;

  const prompter = o.interactive && !o.yes && o.prompter ? await o.prompter() : undefined;
  // Before asking anything: a named directory that holds the user's work would be refused at the end.
  if (prompter && directoryAbs !== undefined && !o.force) {
    const early = inspectTarget(directoryAbs, []);
    if (early.userEntries.length > 0) throw conflictError(directoryAbs, early);
  }
  const resolved = await resolveAnswers({
    options: o.options,
    ...(directoryAbs !== undefined && { directory: directoryAbs }),
    env: o.env,
    templates,
    interactive: o.interactive,
    yes: o.yes,
    ...(prompter && { prompter }),
  });
  const a = resolved.answers;
  const target = directoryAbs ?? resolve(o.cwd, a.name.replace(/^@[^/]+\//, ''));
  const t = templates.find((x) => x.name === a.template)!;
  const pm: PackageManager = a.packageManager;

  const vars: TemplateVariables = {
    packageName: a.name,
    description: a.description,
    pluginId: a.pluginId,
    taskType: a.taskTypes[0]!,
    taskTypesList: a.taskTypes.map((x) => `'${x}'`).join(', '),
    taskTypesMarkdown: a.taskTypes.map((x) => `\`${x}\``).join(', '),
    kind: a.kind,
    templateName: t.name,
    webapiPluginVersion: ownVersion(),
    pluginClassName: pluginClassName(a.pluginId),
    installCommand: installCommandLine(pm),
    testCommand: scriptCommand(pm, 'test'),
    buildCommand: scriptCommand(pm, 'build'),
    runCommand: `${execCommand(pm, 'webapi-plugin')} run task.yaml`,
    runScriptPrefix: pm === 'yarn' ? 'yarn' : `${pm} run`,
  };
  let files: RenderedFile[];
  let templateSteps: string[];
  try {
    files = renderTemplate(t, vars, { name: a.name, description: a.description, webapiPluginDependency: dependency });
    templateSteps = t.nextSteps.map((s) => renderText(s, vars, `template "${t.name}" template.json nextSteps`));
  } catch (err) {
    if (err instanceof TemplateError) throw new SystemError(err.message, { hint: `the template "${t.name}" is broken; nothing was written`, cause: err });
    throw err;
  }

  const insp = inspectTarget(target, files);
  if (insp.blocked.length > 0) {
    throw new UsageError(
      insp.blocked.includes('.')
        ? `${target} exists and is not a directory`
        : `cannot write into ${target}: ${insp.blocked.map((b) => `${b} is in the way (a file where a directory is needed, or the reverse)`).join('; ')}`,
      { location: target, hint: 'choose another directory; --force never deletes or replaces directories' },
    );
  }
  if (insp.userEntries.length > 0 && !o.force) throw conflictError(target, insp);
  const plan = planFiles(files, insp);

  const p = paint(o.color);
  // Human output is collected and written in a few chunks (one write per line costs start-up time).
  let pending = '';
  const out = (s = '') => {
    if (!o.json) pending += s + '\n';
  };
  const flush = () => {
    if (pending) o.out.write(pending);
    pending = '';
  };
  try {
    return await writeAndFinish();
  } finally {
    flush();
  }

  async function writeAndFinish(): Promise<ScaffoldResult> {
    const warnings: string[] = [];
    const warn = (msg: string, hint?: string) => {
      warnings.push(msg);
      o.err.write(`${p.yellow('warning:')} ${msg}\n${hint ? `  ${hint}\n` : ''}`);
    };
    const steps = nextSteps(a, target, o.cwd, false, templateSteps);

    const summary = () => {
      for (const q of QUESTIONS) out(`  ${p.dim(q.message.replace(/ \(.*\)$|\?$/, '').padEnd(28))} ${formatAnswer(q, a[q.key] as never)}`);
    };

    if (o.dryRun) {
      out(`${p.bold('Dry run')}: would create ${p.cyan(a.name)} in ${target} ${p.dim('(nothing is written)')}`);
      summary();
      out();
      for (const f of plan) out(`  ${(f.action === 'create' ? p.green : p.yellow)(f.action.padEnd(10))} ${f.path}`);
      out();
      if (a.install) out(`  would run ${installCommand(pm).flat().join(' ')}`);
      if (a.git) out('  would run git init and a first commit (skipped inside an existing repository)');
      return {
        directory: target,
        dryRun: true,
        choices: a,
        webapiPluginDependency: dependency,
        sources: resolved.sources,
        files: plan,
        install: { ran: false, command: installCommand(pm).flat().join(' ') },
        git: { status: 'not-requested' },
        nextSteps: steps,
        warnings,
      };
    }

    out(`Creating ${p.cyan(a.name)} in ${target}`);
    summary();
    out();
    try {
      writeProject(target, files);
    } catch (err) {
      throw new SystemError(`cannot write the project into ${target}: ${(err as Error).message}`, {
        hint: 'check that the directory is writable and the disk has space; nothing was left half-written',
        cause: err,
      });
    }
    for (const f of plan) out(`  ${(f.action === 'create' ? p.green : p.yellow)(f.action.padEnd(10))} ${f.path}`);

    o.onBeforeSteps?.();
    let install: ScaffoldResult['install'] = { ran: false, command: installCommand(pm).flat().join(' ') };
    if (a.install) {
      out();
      out(`Installing dependencies with ${pm}…`);
      flush();
      const { installDependencies } = await import('./steps.js');
      const r = await installDependencies(pm, target, o.json ? o.err : o.out, o.env, o.signal);
      install = { ...r, ran: true };
      if (o.signal?.aborted) {
        throw new InterruptedError(`interrupted while installing dependencies; the project was kept in ${target}`, {
          hint: `to install later: cd ${shellQuote(target)} && ${installCommand(pm).flat().join(' ')}`,
        });
      }
    }

    let git: ScaffoldResult['git'] = { status: 'not-requested' };
    if (a.git) {
      flush();
      const { initGit } = await import('./steps.js');
      git = await initGit(target, o.env);
      if (git.status === 'skipped') out(`git: skipped: ${git.reason}`);
      else if (git.status === 'committed') out('git: initialised a repository with a first commit');
      else if (git.status === 'uncommitted') warn(git.reason, git.hint);
      else warn(git.reason);
    }

    const finalSteps = nextSteps(a, target, o.cwd, install.ran && install.ok, templateSteps);
    out();
    if (install.ran && !install.ok) out(`${p.yellow('!')} The project was written, but its dependencies are not installed. Next steps:`);
    else out(`${p.green('✔')} Done. Next steps:`);
    for (const s of finalSteps) out(`  ${s}`);

    return { directory: target, dryRun: false, choices: a, webapiPluginDependency: dependency, sources: resolved.sources, files: plan, install, git, nextSteps: finalSteps, warnings };
  }
}

/** Interactivity: TTYs on both ends and no CI, unless --interactive / --no-interactive says otherwise. */
export function decideInteractive(flag: boolean | undefined, stdinTTY: boolean, stdoutTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (flag !== undefined) return flag;
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI.toLowerCase() !== 'false';
  return stdinTTY && stdoutTTY && !ci;
}
