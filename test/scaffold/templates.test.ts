/**
 * Every shipped template (whatever folders templates/ holds) renders, uses only known placeholders,
 * and produces the files every generated project must have. Also: the packed npm tarball ships them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type TemplateVariables, TemplateError, listTemplates, outputPath, templateProblems, renderTemplate, renderText, templatesRoot } from '../../src/scaffold/templates.js';
import { REPO_ROOT, baseEnv, tempDir } from '../helpers/cli.js';
import { exec } from '../helpers/exec.js';
import { startStubRegistry } from './stub-registry.js';

const vars: TemplateVariables = {
  packageName: '@acme/jobs',
  description: 'Say "hi" \\ with */ odd {characters}',
  pluginId: 'acme-jobs',
  taskType: 'acme_job',
  taskTypesList: "'acme_job', 'acme_other'",
  taskTypesMarkdown: '`acme_job`, `acme_other`',
  kind: 'async',
  templateName: 'x',
  webapiPluginVersion: '0.1.0',
  pluginClassName: 'AcmeJobs',
  installCommand: 'npm install',
  testCommand: 'npm test',
  buildCommand: 'npm run build',
  runCommand: 'npx webapi-plugin run task.yaml',
  runScriptPrefix: 'npm run',
  execPrefix: 'npx webapi-plugin',
  deployName: 'jobs',
};
const pkgFields = { name: '@acme/jobs', description: vars.description, webapiPluginDependency: 'file:/somewhere/webapi-plugin' };

describe('templates', () => {
  const templates = listTemplates();

  it('all have a valid manifest', () => {
    expect(templateProblems()).toEqual([]);
  });

  it('are found next to the code (templates/ relative to the module)', () => {
    expect(templatesRoot()).toBe(join(REPO_ROOT, 'templates') + '/');
    expect(templates.map((t) => t.name)).toEqual(expect.arrayContaining(['async', 'sync', 'http-job']));
  });

  it('renames _dotfiles and substitutes only known placeholders', () => {
    expect(outputPath('_gitignore')).toBe('.gitignore');
    expect(outputPath('_vscode/settings.json')).toBe('.vscode/settings.json');
    expect(outputPath('src/plugin.ts')).toBe('src/plugin.ts');
    expect(renderText('id: {{ pluginId }}', vars, 'x')).toBe('id: acme-jobs');
    expect(() => renderText('{{pluginID}}', vars, 'template "t" file a.ts')).toThrow(TemplateError);
    expect(() => renderText('{{pluginID}}', vars, 'template "t" file a.ts')).toThrow('template "t" file a.ts: unknown placeholder {{pluginID}}');
  });

  for (const t of listTemplates()) {
    describe(`template ${t.name}`, () => {
      const files = renderTemplate(t, vars, pkgFields);
      const byPath = new Map(files.map((f) => [f.path, f.content.toString('utf8')]));

      it('has a manifest that lists the placeholders its files use', () => {
        expect(t.description.length).toBeGreaterThan(10);
        const used = new Set<string>();
        for (const f of readdirRecursive(t.dir)) {
          for (const m of readFileSync(join(t.dir, f), 'utf8').matchAll(/\{\{\s*([A-Za-z]\w*)\s*\}\}/g)) used.add(m[1]!);
        }
        for (const s of t.nextSteps) for (const m of s.matchAll(/\{\{\s*([A-Za-z]\w*)\s*\}\}/g)) used.add(m[1]!);
        expect([...used].filter((u) => !t.placeholders.includes(u))).toEqual([]);
      });

      it('produces every file a project needs', () => {
        for (const p of ['package.json', 'tsconfig.json', 'src/plugin.ts', 'task.yaml', 'README.md', '.gitignore', '.webapi-pluginrc.yaml']) {
          expect(byPath.has(p), p).toBe(true);
        }
        expect([...byPath.keys()].some((p) => /^test\/.*\.test\.ts$/.test(p))).toBe(true);
        expect([...byPath.keys()].some((p) => p.split('/').some((seg) => seg.startsWith('_')))).toBe(false);
        expect(byPath.get('task.yaml')!.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/webapi-plugin/schema/task.schema.json');
        expect(byPath.get('task.yaml')).toMatch(/^type: acme_job$/m);
        expect(byPath.get('task.yaml')).toMatch(/^plugin: \.\/src\/plugin\.ts$/m);
        expect(byPath.get('.gitignore')).toMatch(/^node_modules\/$/m);
        expect(byPath.get('src/plugin.ts')).toContain("id: 'acme-jobs'");
        expect(byPath.get('src/plugin.ts')).toContain("supportedTaskTypes: ['acme_job', 'acme_other']");
        expect(byPath.get('src/plugin.ts')).toMatch(/from 'webapi-plugin'/);
      });

      it('has a custom Struct in task.yaml (Flyte 2 fails a connector task without one)', () => {
        const task = parseYaml(byPath.get('task.yaml')!) as Record<string, unknown>;
        expect(task.custom !== null && typeof task.custom === 'object' && !Array.isArray(task.custom)).toBe(true);
      });

      it('lists its plugin in .webapi-pluginrc.yaml (so config --dump includes its getConfig())', () => {
        const rc = parseYaml(byPath.get('.webapi-pluginrc.yaml')!) as Record<string, unknown>;
        expect(rc.pluginModules).toEqual(['./src/plugin.ts']);
      });

      it('builds, type-checks and tests like every template (typecheck script, tsconfig.build.json, skip reasons)', () => {
        const pkg = JSON.parse(byPath.get('package.json')!) as { scripts: Record<string, string> };
        expect(pkg.scripts).toMatchObject({ build: 'tsc -p tsconfig.build.json', typecheck: 'tsc -p tsconfig.json', test: 'vitest run' });
        expect(byPath.has('tsconfig.build.json')).toBe(true);
        expect(byPath.get('vitest.config.ts')).toContain("'./test/skipped-reporter.ts'");
        expect(byPath.has('test/skipped-reporter.ts')).toBe(true);
      });

      it('does not link to a registry page', () => {
        expect(byPath.get('README.md')).not.toMatch(/npmjs\.com/);
      });

      it('gets a package.json with the name, description and dependency set safely', () => {
        const pkg = JSON.parse(byPath.get('package.json')!) as Record<string, any>;
        expect(pkg.name).toBe('@acme/jobs');
        expect(pkg.description).toBe(vars.description);
        expect(pkg.type).toBe('module');
        expect(pkg.dependencies['webapi-plugin']).toBe('file:/somewhere/webapi-plugin');
        expect(pkg.scripts).toMatchObject({ test: expect.stringContaining('vitest'), run: 'webapi-plugin run task.yaml' });
        expect(pkg.scripts.build).toMatch(/^tsc /);
        expect(pkg.devDependencies).toMatchObject({ typescript: '~5.9.3', vitest: '^4.1.12', '@types/node': '^20.19.43' });
        expect(Object.keys(pkg).slice(0, 2)).toEqual(['name', 'description']);
      });
    });
  }
});

function readdirRecursive(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...readdirRecursive(dir, rel));
    else out.push(rel);
  }
  return out;
}

describe('the npm package', () => {
  it('ships the templates; init from the installed copy checks the registry before writing anything', async () => {
    const dir = tempDir('webapi-plugin-pack-');
    // --ignore-scripts: do not rebuild the shared checkout (prepare); dist is built already
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: REPO_ROOT, env: baseEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    ) as { filename: string; files: { path: string }[] }[];
    const paths = packed[0]!.files.map((f) => f.path);
    for (const t of ['async', 'sync', 'http-job', 'slurm']) {
      expect(paths).toContain(`templates/${t}/template.json`);
      expect(paths).toContain(`templates/${t}/_gitignore`);
      expect(paths).toContain(`templates/${t}/src/plugin.ts`);
    }
    expect(paths.some((p) => p.startsWith('test/'))).toBe(false);

    execFileSync('tar', ['-xzf', join(dir, packed[0]!.filename), '-C', dir]);
    // an installed copy (no .git, no src/): not a checkout
    const pkgDir = join(dir, 'package');
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(pkgDir, 'node_modules'));
    const work = join(dir, 'work');
    mkdirSync(work);
    // asynchronous: the stub registry answers from this process
    const init = async (args: string[], registry: string) => {
      const r = await exec(process.execPath, [join(pkgDir, 'bin', 'webapi-plugin.js'), 'init', ...args, '--template', 'http-job', '--yes', '--no-install', '--no-git'], {
        cwd: work,
        env: baseEnv({ npm_config_registry: registry }),
      });
      return { status: r.code, stdout: r.stdout, stderr: r.stderr };
    };
    const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

    // the registry has this version: the published range, nothing said
    const has = await startStubRegistry(['0.0.9', version]);
    try {
      const r = await init(['packed'], has.url);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(has.requests).toContain('GET /webapi-plugin');
      expect(existsSync(join(work, 'packed', '.gitignore'))).toBe(true);
      expect(existsSync(join(work, 'packed', 'mock', 'job-api.mjs'))).toBe(true);
      expect((JSON.parse(readFileSync(join(work, 'packed', 'package.json'), 'utf8')) as Record<string, any>).dependencies['webapi-plugin']).toBe(`^${version}`);
    } finally {
      await has.close();
    }

    // it does not: stop before writing, with the command that works
    const none = await startStubRegistry([]);
    try {
      const r = await init(['missing'], none.url);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`error: webapi-plugin@^${version} is not on the registry (${none.url}), so installing the project would fail (E404); nothing was written`);
      expect(r.stderr).toContain(`link this installation instead: webapi-plugin init missing --template http-job --yes --no-install --no-git --link ${pkgDir}`);
      expect(existsSync(join(work, 'missing'))).toBe(false);
      // ... and that command works
      const linked = await init(['missing', '--link', pkgDir], none.url);
      expect(linked.status, linked.stderr).toBe(0);
      expect((JSON.parse(readFileSync(join(work, 'missing', 'package.json'), 'utf8')) as Record<string, any>).dependencies['webapi-plugin']).toBe(`file:${pkgDir}`);
    } finally {
      await none.close();
    }
  });
});
