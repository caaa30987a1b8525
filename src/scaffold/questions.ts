/**
 * The one table of `init` questions. Everything about a question lives here — its flag, prompt,
 * validator, default and help text — and the rest is derived from it:
 *   - the commander options (src/cli/commands/init.ts), including the help text;
 *   - flag validation (same validator as the prompt, so a flag and a typed answer fail alike);
 *   - the `--yes` / non-interactive defaults, and which value is required when nobody can be asked;
 *   - the prompts (src/scaffold/prompt.ts renders each row with @inquirer/prompts).
 * The shapes of questions and answers are in question-types.ts; the rules for names in names.ts.
 *
 * This module is imported when the CLI registers its commands, so it must stay light: node built-ins
 * only (names.ts requires validate-npm-package-name lazily).
 */
import { basename } from 'node:path';
import { idProblem, npmNameProblems, sanitizeId, sanitizePackageName, unscopedName } from './names.js';
import { PACKAGE_MANAGERS, type PackageManager, detectPackageManager } from './package-manager.js';
import {
  type AnswerKey,
  type ConfirmQuestion,
  type InitAnswers,
  type InputQuestion,
  type Question,
  type QuestionState,
  type SelectQuestion,
  type TemplateSummary,
  PLUGIN_KINDS,
} from './question-types.js';

export const DEFAULT_PACKAGE_NAME = 'my-webapi-plugin';

/** `directory` is absolute (resolved against the cwd by the caller). */
function nameFromDirectory(dir: string | undefined): string | undefined {
  if (!dir) return undefined;
  const base = basename(dir);
  return base ? sanitizePackageName(base) : undefined;
}

function templateFor(s: QuestionState, name: string | undefined): TemplateSummary | undefined {
  return name === undefined ? undefined : s.templates.find((t) => t.name === name);
}

// ---------------------------------------------------------------------------------------------
// The table

const name: InputQuestion<'name'> = {
  key: 'name',
  type: 'input',
  flag: '--name <name>',
  flagName: '--name',
  message: 'Package name',
  help: 'npm package name of the new project',
  defaultHelp: `the directory's name, else "${DEFAULT_PACKAGE_NAME}"`,
  required: true,
  derivedFrom: (s) => nameFromDirectory(s.directory) !== undefined,
  default: (s) => nameFromDirectory(s.directory) ?? DEFAULT_PACKAGE_NAME,
  parse: (raw) => raw.trim(),
  format: (v) => v,
  validate: (v) => {
    const problems = npmNameProblems(v);
    return problems.length ? `"${v}" is not a valid npm package name: ${problems.join('; ')}` : undefined;
  },
  suggest: (v) => sanitizePackageName(v),
};

const description: InputQuestion<'description'> = {
  key: 'description',
  type: 'input',
  flag: '--description <text>',
  flagName: '--description',
  message: 'Description',
  help: 'one-line description for package.json and the README',
  defaultHelp: '"A Flyte Web API plugin"',
  default: () => 'A Flyte Web API plugin',
  parse: (raw) => raw.trim(),
  format: (v) => v,
  validate: (v) => {
    if (/[\u0000-\u001f\u007f]/.test(v)) return 'the description must be a single line of printable text';
    if (v.length > 200) return `the description is ${v.length} characters long; keep it under 200`;
    return undefined;
  },
};

const pluginId: InputQuestion<'pluginId'> = {
  key: 'pluginId',
  type: 'input',
  flag: '--plugin-id <id>',
  flagName: '--plugin-id',
  message: 'Plugin id',
  help: 'unique plugin id (PluginEntry.id)',
  defaultHelp: 'the package name without its scope',
  default: (s) => sanitizeId(unscopedName(s.answers.name ?? DEFAULT_PACKAGE_NAME)) ?? 'my-plugin',
  parse: (raw) => raw.trim(),
  format: (v) => v,
  validate: (v) => idProblem(v, 'plugin id'),
  suggest: (v) => sanitizeId(v),
};

const taskTypes: InputQuestion<'taskTypes'> = {
  key: 'taskTypes',
  type: 'input',
  flag: '--task-types <types>',
  flagName: '--task-types',
  message: 'Task types (comma-separated)',
  help: 'task types the plugin handles, comma-separated (PluginEntry.supportedTaskTypes)',
  defaultHelp: 'the plugin id with "_" for "-"',
  default: (s) => [sanitizeId(s.answers.pluginId ?? 'my-plugin', '_') ?? 'my_task'],
  parse: (raw) =>
    raw
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
  format: (v) => v.join(', '),
  validate: (v) => {
    if (v.length === 0) return 'give at least one task type';
    for (const t of v) {
      const p = idProblem(t, 'task type');
      if (p) return p;
    }
    const dup = v.find((t, i) => v.indexOf(t) !== i);
    return dup ? `task type "${dup}" is listed twice` : undefined;
  },
  suggest: (v) => {
    const fixed = [...new Set(v.map((t) => sanitizeId(t, '_')).filter((t): t is string => Boolean(t)))];
    return fixed.length ? fixed : undefined;
  },
};

const kind: SelectQuestion<'kind'> = {
  key: 'kind',
  type: 'select',
  flag: '--kind <kind>',
  flagName: '--kind',
  message: 'Plugin kind',
  help: 'async (submit, poll, cancel a remote job) or sync (one request that completes)',
  defaultHelp: "the template's kind, else async",
  choices: () => [
    { value: 'async', name: 'async', description: 'AsyncPlugin: create, get, delete and status — a remote job that is submitted, polled and cancelled' },
    { value: 'sync', name: 'sync', description: 'SyncPlugin: do — a remote call that completes within one request' },
  ],
  allChoices: () => [...PLUGIN_KINDS],
  default: (s) => templateFor(s, s.flags.template)?.kinds[0] ?? 'async',
  // A template made for one kind decides the kind.
  ask: (s) => s.flags.template === undefined || (templateFor(s, s.flags.template)?.kinds.length ?? 0) > 1,
  validate: (v) => ((PLUGIN_KINDS as readonly string[]).includes(v) ? undefined : `unknown plugin kind "${v}" (use async or sync)`),
};

const template: SelectQuestion<'template'> = {
  key: 'template',
  type: 'select',
  flag: '--template <name>',
  flagName: '--template',
  message: 'Template',
  help: 'project template (listed below)',
  defaultHelp: 'the template named like the kind',
  choices: (s) =>
    s.templates
      .filter((t) => s.answers.kind === undefined || t.kinds.includes(s.answers.kind))
      .map((t) => ({ value: t.name, name: t.name, description: t.description })),
  allChoices: (s) => s.templates.map((t) => t.name),
  default: (s) => {
    const k = s.answers.kind ?? 'async';
    const fits = s.templates.filter((t) => t.kinds.includes(k));
    return (fits.find((t) => t.name === k) ?? fits[0] ?? s.templates[0])?.name ?? k;
  },
  ask: (s) => template.choices(s).length > 1,
  validate: (v, s) => {
    const t = templateFor(s, v);
    if (!t) return `unknown template "${v}" (available: ${s.templates.map((x) => x.name).join(', ') || 'none found'})`;
    const k = s.answers.kind ?? s.flags.kind;
    if (k && !t.kinds.includes(k)) return `template "${v}" makes ${t.kinds.join('/')} plugins, not ${k} ones`;
    return undefined;
  },
};

/** The package managers that can run here (all when not checked). */
function availablePackageManagers(s: QuestionState): readonly PackageManager[] {
  return s.packageManagers ?? PACKAGE_MANAGERS;
}

const packageManager: SelectQuestion<'packageManager'> = {
  key: 'packageManager',
  type: 'select',
  flag: '--package-manager <pm>',
  flagName: '--package-manager',
  message: 'Package manager',
  help: `package manager for install and the next steps (${PACKAGE_MANAGERS.join(', ')}; must be installed to install with it)`,
  defaultHelp: 'the one running this command (npm_config_user_agent), else an installed one',
  // only the installed ones: an answer that cannot run is not offered
  choices: (s) => availablePackageManagers(s).map((pm) => ({ value: pm, name: pm })),
  allChoices: () => [...PACKAGE_MANAGERS],
  default: (s) => {
    const detected = detectPackageManager(s.env.npm_config_user_agent);
    const available = availablePackageManagers(s);
    // without an install, it only spells the next steps: the one the user runs, installed or not
    if (s.answers.install === false || available.includes(detected)) return detected;
    return available[0] ?? 'npm';
  },
  // Asked only when it matters now: the user chose to install.
  ask: (s) => s.answers.install === true,
  validate: (v, s) => {
    if (!(PACKAGE_MANAGERS as readonly string[]).includes(v)) return `unknown package manager "${v}" (use ${PACKAGE_MANAGERS.join(', ')})`;
    const installs = s.answers.install ?? s.flags.install ?? true;
    const available = availablePackageManagers(s);
    if (installs && !available.includes(v)) {
      return `${v} is not installed (not found on PATH), so it cannot install the dependencies; installed: ${available.join(', ') || 'none'} (or use --no-install)`;
    }
    return undefined;
  },
};

const install: ConfirmQuestion<'install'> = {
  key: 'install',
  type: 'confirm',
  flag: '--install',
  flagName: '--install',
  message: 'Install dependencies now?',
  help: 'install dependencies after writing the project',
  defaultHelp: 'yes',
  default: () => true,
};

const git: ConfirmQuestion<'git'> = {
  key: 'git',
  type: 'confirm',
  flag: '--git',
  flagName: '--git',
  message: 'Initialise a git repository?',
  help: 'git init and a first commit (skipped inside an existing repository or with a .git)',
  defaultHelp: 'yes',
  default: () => true,
};

/** In prompt order. */
export const QUESTIONS: readonly Question[] = [
  name,
  description,
  pluginId,
  taskTypes,
  kind,
  template,
  install,
  packageManager,
  git,
] as unknown as readonly Question[];

export function questionFor<K extends AnswerKey>(key: K): Question<K> {
  return QUESTIONS.find((q) => q.key === key) as unknown as Question<K>;
}

/** Value from a flag's raw text (commander gives strings for value flags, booleans for confirms). */
export function parseFlag<K extends AnswerKey>(q: Question<K>, raw: unknown): InitAnswers[K] {
  if (q.type === 'input') return q.parse(String(raw));
  if (q.type === 'select') return String(raw).trim() as InitAnswers[K];
  return Boolean(raw) as InitAnswers[K];
}

/** Text form of an answer (summaries, prompt defaults). */
export function formatAnswer<K extends AnswerKey>(q: Question<K>, value: InitAnswers[K]): string {
  if (q.type === 'input') return q.format(value);
  if (q.type === 'confirm') return value ? 'yes' : 'no';
  return String(value);
}
