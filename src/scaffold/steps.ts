/**
 * The steps of `webapi-plugin init`, in the order they run (`STEPS`): find the templates, check a named
 * directory, answer the questions, choose the webapi-plugin dependency, render the template, inspect
 * the target, write the project, install, initialise git. Each is small and named, reads what the ones
 * before it put in the context (init-context.ts) and adds its own; the runner is scaffold.ts.
 * Nothing is written before the "write" step, so every refusal leaves no trace.
 */
import { resolve } from 'node:path';
import { InterruptedError, SystemError, UsageError } from '../errors.js';
import { decideDependency, ownPackage } from './dependency.js';
import { projectDeployFiles } from './deploy-files.js';
import type { Step } from './init-context.js';
import { conflictError, interruptedHint, planLines, summaryLines } from './messages.js';
import { installCommand, installedPackageManagers } from './package-manager.js';
import { resolveAnswers } from './resolve.js';
import { TemplateError, listTemplates, renderTemplate, renderText, templateVariables } from './templates.js';
import { inspectTarget, planFiles, writeProject } from './write.js';

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
