/**
 * The question table and the resolver, with an injected prompter: flags, prompts, defaults, validation.
 */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { detectPackageManager, execCommand, scriptCommand } from '../../src/scaffold/package-manager.js';
import { idProblem, npmNameProblems, sanitizeId, sanitizePackageName } from '../../src/scaffold/names.js';
import { QUESTIONS } from '../../src/scaffold/questions.js';
import { type Prompter, resolveAnswers } from '../../src/scaffold/resolve.js';
import { decideInteractive } from '../../src/scaffold/scaffold.js';
import type { TemplateSummary } from '../../src/scaffold/question-types.js';

const templates: TemplateSummary[] = [
  { name: 'async', description: 'a', kinds: ['async'] },
  { name: 'sync', description: 's', kinds: ['sync'] },
  { name: 'http-job', description: 'h', kinds: ['async'] },
];

const base = { env: {}, templates, interactive: false, yes: false };

async function usageError(p: Promise<unknown>): Promise<UsageError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UsageError);
  return err as UsageError;
}

/** A prompter that answers from a script and records what it was asked (and what validation said). */
function scripted(answers: Record<string, string[] | string | boolean>) {
  const asked: string[] = [];
  const rejected: string[] = [];
  const prompter: Prompter = {
    async input(q) {
      asked.push(q.message);
      const script = answers[q.message];
      const tries = Array.isArray(script) ? script : [script === undefined ? q.default : String(script)];
      for (const text of tries) {
        const ok = q.validate(text);
        if (ok === true) return text;
        rejected.push(`${text}: ${ok}`);
        expect(q.live(text)).toBeTruthy(); // the same problem shows while typing
      }
      throw new Error(`no valid answer for ${q.message}`);
    },
    async select(q) {
      asked.push(q.message);
      const a = answers[q.message];
      return (a === undefined ? q.default : q.choices.find((c) => c.value === a)!.value) as never;
    },
    async confirm(q) {
      asked.push(q.message);
      const a = answers[q.message];
      return typeof a === 'boolean' ? a : q.default;
    },
  };
  return { prompter, asked, rejected };
}

describe('names', () => {
  it('validates npm package names and suggests a sanitised one', () => {
    expect(npmNameProblems('my-plugin')).toEqual([]);
    expect(npmNameProblems('@acme/jobs')).toEqual([]);
    expect(npmNameProblems('My Plugin').length).toBeGreaterThan(0);
    expect(sanitizePackageName('My Plugin!')).toBe('my-plugin');
    expect(sanitizePackageName('  .Hidden__Thing ')).toBe('hidden__thing');
    expect(sanitizePackageName('@Acme/Big Jobs')).toBe('@acme/big-jobs');
    expect(sanitizePackageName('!!!')).toBeUndefined();
  });

  it('validates plugin ids and task types', () => {
    expect(idProblem('my-plugin', 'plugin id')).toBeUndefined();
    expect(idProblem('my_task2', 'task type')).toBeUndefined();
    expect(idProblem('9lives', 'plugin id')).toMatch(/must start with a lowercase letter/);
    expect(idProblem('bad.id', 'plugin id')).toMatch(/only lowercase letters/);
    expect(idProblem('a'.repeat(64), 'plugin id')).toMatch(/longer than 63/);
    expect(sanitizeId('Bad.Id')).toBe('bad-id');
    expect(sanitizeId('my-plugin', '_')).toBe('my_plugin');
  });
});

describe('the question table', () => {
  it('has one flag per question, in commander attribute form', () => {
    for (const q of QUESTIONS) {
      const attr = q.flagName.replace(/^--/, '').replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
      expect(attr).toBe(q.key);
      expect(q.help.length).toBeGreaterThan(0);
      expect(q.defaultHelp.length).toBeGreaterThan(0);
    }
  });
});

describe('resolveAnswers', () => {
  it('--yes takes every default, derived from the directory', async () => {
    const r = await resolveAnswers({ ...base, yes: true, options: {}, directory: '/tmp/x/Fancy Plugin' });
    expect(r.answers).toEqual({
      name: 'fancy-plugin',
      description: 'A Flyte Web API plugin',
      pluginId: 'fancy-plugin',
      taskTypes: ['fancy_plugin'],
      kind: 'async',
      template: 'async',
      install: true,
      packageManager: 'npm',
      git: true,
    });
    expect(Object.values(r.sources).every((s) => s === 'default')).toBe(true);
  });

  it('flags win and are validated like answers', async () => {
    const r = await resolveAnswers({
      ...base,
      yes: true,
      options: { name: '@acme/jobs', taskTypes: 'a_task, b_task', template: 'sync', install: false, packageManager: 'pnpm' },
    });
    expect(r.answers).toMatchObject({ name: '@acme/jobs', pluginId: 'jobs', taskTypes: ['a_task', 'b_task'], kind: 'sync', template: 'sync', install: false, packageManager: 'pnpm' });
    expect(r.sources.template).toBe('flag');
    expect(r.sources.kind).toBe('default');
  });

  it('a bad flag is a usage error naming the flag, with a suggestion', async () => {
    const e = await usageError(resolveAnswers({ ...base, yes: true, options: { name: 'My Plugin' } }));
    expect(e.location).toBe('--name');
    expect(e.message).toMatch(/not a valid npm package name/);
    expect(e.hint).toBe('did you mean --name my-plugin?');
    const t = await usageError(resolveAnswers({ ...base, yes: true, options: { taskTypes: 'ok,Not-OK' } }));
    expect(t.location).toBe('--task-types');
    expect(t.hint).toBe('did you mean --task-types "ok, not_ok"?');
    const tpl = await usageError(resolveAnswers({ ...base, yes: true, options: { template: 'nope' } }));
    expect(tpl.message).toMatch(/unknown template "nope" \(available: async, sync, http-job\)/);
    const mismatch = await usageError(resolveAnswers({ ...base, yes: true, options: { kind: 'sync', template: 'http-job' } }));
    expect(mismatch.location).toBe('--template');
    expect(mismatch.message).toMatch(/makes async plugins, not sync ones/);
  });

  it('without prompts or --yes, a missing name is an error naming --name (never a prompt)', async () => {
    const { prompter, asked } = scripted({});
    const e = await usageError(resolveAnswers({ ...base, prompter, options: { template: 'sync' } }));
    expect(e.location).toBe('--name');
    expect(e.hint).toMatch(/--yes/);
    expect(asked).toEqual([]);
    // a directory argument gives the name
    const r = await resolveAnswers({ ...base, options: {}, directory: '/work/my-thing' });
    expect(r.answers.name).toBe('my-thing');
  });

  it('interactive: asks what flags did not give, validating typed answers', async () => {
    const { prompter, asked, rejected } = scripted({
      'Package name': ['Bad Name', 'good-name'],
      'Task types (comma-separated)': ['Nope!', 'first, second'],
      'Plugin kind': 'sync',
      'Install dependencies now?': true,
      'Package manager': 'yarn',
    });
    const r = await resolveAnswers({ ...base, interactive: true, prompter, options: { description: 'given' } });
    expect(r.answers).toMatchObject({ name: 'good-name', description: 'given', pluginId: 'good-name', taskTypes: ['first', 'second'], kind: 'sync', template: 'sync', install: true, packageManager: 'yarn' });
    // description came from a flag; the template has one choice for sync, so it is not asked
    expect(asked).toEqual(['Package name', 'Plugin id', 'Task types (comma-separated)', 'Plugin kind', 'Install dependencies now?', 'Package manager', 'Initialise a git repository?']);
    expect(rejected[0]).toMatch(/^Bad Name: "Bad Name" is not a valid npm package name.* — try bad-name$/);
    expect(rejected[1]).toMatch(/task type "Nope!"/);
    expect(r.sources.name).toBe('prompt');
  });

  it('interactive with --template of one kind does not ask the kind; no install → no package manager question', async () => {
    const { prompter, asked } = scripted({ 'Install dependencies now?': false });
    const r = await resolveAnswers({ ...base, interactive: true, prompter, options: { template: 'http-job' }, directory: '/x/jobs' });
    expect(r.answers.kind).toBe('async');
    expect(asked).not.toContain('Plugin kind');
    expect(asked).not.toContain('Template');
    expect(asked).not.toContain('Package manager');
  });

  it('--yes never prompts, even on a terminal', async () => {
    const { prompter, asked } = scripted({});
    await resolveAnswers({ ...base, interactive: true, yes: true, prompter, options: {} });
    expect(asked).toEqual([]);
  });
});

describe('environment', () => {
  it('is interactive only with two TTYs and no CI, unless told', () => {
    expect(decideInteractive(undefined, true, true, {})).toBe(true);
    expect(decideInteractive(undefined, true, false, {})).toBe(false);
    expect(decideInteractive(undefined, false, true, {})).toBe(false);
    expect(decideInteractive(undefined, true, true, { CI: 'true' })).toBe(false);
    expect(decideInteractive(undefined, true, true, { CI: 'false' })).toBe(true);
    expect(decideInteractive(true, false, false, { CI: '1' })).toBe(true);
    expect(decideInteractive(false, true, true, {})).toBe(false);
  });

  it('detects the package manager from npm_config_user_agent', () => {
    expect(detectPackageManager('pnpm/9.12.0 npm/? node/v20.20.2 linux x64')).toBe('pnpm');
    expect(detectPackageManager('yarn/1.22.22 npm/? node/v20.20.2 linux x64')).toBe('yarn');
    expect(detectPackageManager('bun/1.1.0')).toBe('bun');
    expect(detectPackageManager('npm/11.1.0 node/v20.20.2')).toBe('npm');
    expect(detectPackageManager('weird/1.0')).toBe('npm');
    expect(detectPackageManager(undefined)).toBe('npm');
    expect(scriptCommand('yarn', 'build')).toBe('yarn build');
    expect(scriptCommand('pnpm', 'test')).toBe('pnpm test');
    expect(execCommand('pnpm', 'webapi-plugin')).toBe('pnpm exec webapi-plugin');
  });
});
