/**
 * `webapi-plugin init` as a user runs it: the built bin in a temp dir, without a terminal.
 * No dependency installs here (see projects.test.ts for those); a fake package manager stands in
 * where the install step itself is under test.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSI, REPO_ROOT, runCli, tempDir } from '../helpers/cli.js';

const QUIET = ['--no-install', '--no-git'];

function tree(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...tree(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

describe('webapi-plugin init (no terminal)', () => {
  it('--yes writes a project and prints the next steps', async () => {
    const cwd = tempDir();
    const r = await runCli(['init', 'my-plugin', '--yes', ...QUIET], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(tree(join(cwd, 'my-plugin'))).toEqual([
      '.dockerignore',
      '.gitignore',
      '.webapi-pluginrc.yaml',
      'Dockerfile',
      'README.md',
      'deploy/flyte-binary.values.yaml',
      'deploy/flyte-core.values.yaml',
      'deploy/flyte2.values.yaml',
      'deploy/kubernetes.yaml',
      'package.json',
      'src/plugin.ts',
      'src/remote.ts',
      'task.yaml',
      'test/plugin.test.ts',
      'test/skipped-reporter.ts',
      'tsconfig.build.json',
      'tsconfig.json',
      'vitest.config.ts',
    ]);
    expect(r.stdout).toContain(`Creating my-plugin in ${join(cwd, 'my-plugin')}`);
    // run from this checkout (unpublished), the project is linked to it, and init says so before writing
    expect(r.stdout).toMatch(/^ {2}webapi-plugin {16}file:\/.*$/m);
    expect(r.stdout).toContain(`note: webapi-plugin runs from a checkout (${REPO_ROOT}), which is not a published version: the project depends on it as file:${REPO_ROOT}`);
    const pkg = JSON.parse(readFileSync(join(cwd, 'my-plugin', 'package.json'), 'utf8')) as Record<string, any>;
    expect(pkg.dependencies['webapi-plugin']).toBe(`file:${REPO_ROOT}`);
    // npm's allowScripts names the linked copy as npm does (its prepare must not run), and the three known ones
    expect(pkg.allowScripts).toEqual({ esbuild: false, 'msgpackr-extract': false, protobufjs: false, [`file:${REPO_ROOT}`]: false });
    expect(r.stdout).toMatch(/Next steps:\n {2}cd my-plugin\n {2}npm install\n {2}npm test\n {2}npx webapi-plugin run task\.yaml\n$/);
    expect(r.stdout).not.toMatch(ANSI);
    // no staging directory left behind
    expect(readdirSync(cwd)).toEqual(['my-plugin']);
  });

  it('--json prints exactly one JSON document with the files and choices', async () => {
    const cwd = tempDir();
    const r = await runCli(['init', '--name', '@acme/jobs', '--template', 'http-job', '--task-types', 'jobs_a,jobs_b', '--yes', '--json', ...QUIET], {
      cwd,
      env: { npm_config_user_agent: 'pnpm/9.12.0 npm/? node/v20.20.2 linux x64' },
    });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, any>;
    expect(out.directory).toBe(join(cwd, 'jobs'));
    expect(out.choices).toMatchObject({ name: '@acme/jobs', pluginId: 'jobs', taskTypes: ['jobs_a', 'jobs_b'], kind: 'async', template: 'http-job', packageManager: 'pnpm', install: false, git: false });
    expect(out.sources).toMatchObject({ name: 'flag', pluginId: 'default', packageManager: 'default' });
    expect(out.files).toContainEqual({ path: 'mock/job-api.mjs', action: 'create' });
    expect(out.nextSteps).toEqual([
      'cd jobs',
      'pnpm install',
      'pnpm test',
      'pnpm run mock-server          # in another terminal: a local job API on http://127.0.0.1:8787',
      'mkdir -p .secrets && echo dev-token > .secrets/job_api_token   # the mock API\'s token',
      'pnpm exec webapi-plugin run task.yaml',
    ]);
    const pkg = JSON.parse(readFileSync(join(cwd, 'jobs', 'package.json'), 'utf8')) as Record<string, any>;
    expect(pkg.dependencies['webapi-plugin']).toBe(`file:${REPO_ROOT}`);
    expect(out.webapiPluginDependency).toBe(`file:${REPO_ROOT}`);
    expect(out.dependencyNote).toContain('runs from a checkout');
  });

  it('--dry-run prints the plan and writes nothing', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'p'));
    writeFileSync(join(cwd, 'p', 'package.json'), '{"name":"mine"}\n');
    const r = await runCli(['init', 'p', '--yes', '--force', '--dry-run'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Dry run: would create p in .*\(nothing is written\)/);
    expect(r.stdout).toMatch(/^ {2}overwrite {2}package\.json$/m);
    expect(r.stdout).toMatch(/^ {2}create {5}src\/plugin\.ts$/m);
    expect(r.stdout).toContain('would run npm install --no-audit --no-fund');
    expect(r.stdout).toContain('would run git init');
    expect(readdirSync(join(cwd, 'p'))).toEqual(['package.json']);
    expect(readFileSync(join(cwd, 'p', 'package.json'), 'utf8')).toBe('{"name":"mine"}\n');
    expect(readdirSync(cwd)).toEqual(['p']);
  });

  it('refuses a directory holding other files, listing them (exit 2, nothing written)', async () => {
    const cwd = tempDir();
    const dir = join(cwd, 'existing');
    mkdirSync(join(dir, '.git'), { recursive: true });
    writeFileSync(join(dir, 'notes.txt'), 'mine\n');
    writeFileSync(join(dir, 'README.md'), '# mine\n');
    const r = await runCli(['init', 'existing', '--yes', ...QUIET], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`error: ${dir} already holds 1 file this template writes:\n  README.md\n  (and 1 other entry that --force keeps as they are)\n`);
    expect(r.stderr).toContain('use --force to overwrite it');
    expect(r.stderr).not.toMatch(/\n\s+at .*\.js:\d+/); // no stack
    expect(readdirSync(dir).sort()).toEqual(['.git', 'README.md', 'notes.txt']);
  });

  it('init . writes into the current (empty) directory, nothing outside it', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'here'));
    const r = await runCli(['init', '.', '--yes', '--json', ...QUIET], { cwd: join(cwd, 'here') });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { choices: { name: string }; nextSteps: string[] };
    expect(out.choices.name).toBe('here');
    expect(out.nextSteps[0]).toBe('npm install'); // no cd
    expect(readdirSync(cwd)).toEqual(['here']);
    expect(readdirSync(join(cwd, 'here'))).toContain('package.json');
  });

  it('accepts a directory holding only .git and harmless files', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'ok', '.git'), { recursive: true });
    writeFileSync(join(cwd, 'ok', 'LICENSE'), 'MIT\n');
    writeFileSync(join(cwd, 'ok', '.DS_Store'), '');
    const r = await runCli(['init', 'ok', '--yes', ...QUIET], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(cwd, 'ok', 'LICENSE'), 'utf8')).toBe('MIT\n');
    expect(existsSync(join(cwd, 'ok', 'src', 'plugin.ts'))).toBe(true);
  });

  it('--force overwrites only colliding files: keeps unrelated files and .git untouched', async () => {
    const cwd = tempDir();
    const dir = join(cwd, 'forced');
    mkdirSync(join(dir, '.git'), { recursive: true });
    writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(dir, 'notes.txt'), 'mine\n');
    writeFileSync(join(dir, 'README.md'), '# mine\n');
    const r = await runCli(['init', 'forced', '--yes', '--force', '--no-install', '--git'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}overwrite {2}README\.md$/m);
    expect(r.stdout).toContain('git: skipped: the directory already has a .git');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine\n');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('# forced');
    expect(readdirSync(join(dir, '.git'))).toEqual(['HEAD']);
    expect(readFileSync(join(dir, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/main\n');
  });

  it('rejects invalid names with a suggestion (exit 2)', async () => {
    const cwd = tempDir();
    const r = await runCli(['init', '--name', 'My Plugin', '--yes', ...QUIET], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: invalid --name: "My Plugin" is not a valid npm package name: .*\n {2}at --name\n {2}did you mean --name my-plugin\?\n$/);
    const id = await runCli(['init', 'x', '--plugin-id', '9lives', '--yes', ...QUIET], { cwd });
    expect(id.code).toBe(2);
    expect(id.stderr).toContain('invalid --plugin-id: plugin id "9lives" must start with a lowercase letter');
    const tt = await runCli(['init', 'x', '--task-types', 'good,Bad Type', '--yes', ...QUIET], { cwd });
    expect(tt.code).toBe(2);
    expect(tt.stderr).toContain('did you mean --task-types "good, bad_type"?');
    // a folder whose name is not a valid package name: the default is derived and announced
    const folder = await runCli(['init', 'Fancy Thing', '--yes', '--json', ...QUIET], { cwd });
    expect(folder.code).toBe(0);
    expect((JSON.parse(folder.stdout) as { choices: { name: string } }).choices.name).toBe('fancy-thing');
    expect(readdirSync(cwd)).toEqual(['Fancy Thing']);
  });

  it('without a terminal and without --yes, a missing name is exit 2 naming --name (no prompt)', async () => {
    const cwd = tempDir();
    const r = await runCli(['init', '--template', 'sync'], { cwd, timeoutMs: 10_000 });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'error: missing --name: npm package name of the new project\n' +
        '  at --name\n' +
        '  nobody can be asked (no terminal, CI is set, or --no-interactive): give --name <name> or a directory (webapi-plugin init <directory>), or --yes to accept the defaults\n',
    );
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('a failed install keeps the project, says how to retry, and exits 3', async () => {
    const cwd = tempDir();
    const bin = join(cwd, 'fake-bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'npm'), '#!/bin/sh\necho "fake npm: resolving packages"\necho "fake npm: E404 not found" >&2\nexit 7\n');
    chmodSync(join(bin, 'npm'), 0o755);
    const r = await runCli(['init', 'kept', '--yes', '--no-git', '--package-manager', 'npm'], { cwd, env: { PATH: `${bin}:${process.env.PATH}` } });
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('Installing dependencies with npm…');
    expect(r.stdout).toContain('fake npm: resolving packages'); // streamed
    expect(r.stdout).toContain('fake npm: E404 not found');
    expect(r.stdout).toMatch(/dependencies are not installed\. Next steps:\n {2}cd kept\n {2}npm install\n/);
    expect(r.stderr).toBe(
      `error: installing dependencies failed: npm install --no-audit --no-fund exited with 7; the project was kept in ${join(cwd, 'kept')}\n` +
        `  retry with: cd ${join(cwd, 'kept')} && npm install --no-audit --no-fund\n`,
    );
    expect(existsSync(join(cwd, 'kept', 'src', 'plugin.ts'))).toBe(true);
  });

  it('Ctrl-C during the install keeps the project and exits 130', async () => {
    const cwd = tempDir();
    const bin = join(cwd, 'fake-bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'npm'), '#!/bin/sh\necho "fake npm: working"\nexec sleep 30\n');
    chmodSync(join(bin, 'npm'), 0o755);
    let sent = false;
    const r = await runCli(['init', 'slow', '--yes', '--no-git', '--package-manager', 'npm'], {
      cwd,
      env: { PATH: `${bin}:${process.env.PATH}` },
      timeoutMs: 20_000,
      onSpawn: (child) =>
        child.stdout!.on('data', (d: Buffer) => {
          if (!sent && d.toString().includes('fake npm: working')) {
            sent = true;
            child.kill('SIGINT');
          }
        }),
    });
    expect(r.code).toBe(130);
    expect(r.stderr).toBe(
      `error: interrupted while installing dependencies; the project was kept in ${join(cwd, 'slow')}\n` +
        `  to install later: cd ${join(cwd, 'slow')} && npm install --no-audit --no-fund\n`,
    );
    expect(existsSync(join(cwd, 'slow', 'package.json'))).toBe(true);
  });

  it('git: a first commit, or a warning when there is no identity; skipped inside a repository', async () => {
    const cwd = tempDir();
    const home = join(cwd, 'home');
    mkdirSync(home);
    const noIdentity = {
      HOME: home,
      XDG_CONFIG_HOME: home,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: undefined,
      GIT_AUTHOR_EMAIL: undefined,
      GIT_COMMITTER_NAME: undefined,
      GIT_COMMITTER_EMAIL: undefined,
      EMAIL: undefined,
      // git falls back to the passwd entry and hostname; make that fail too
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'user.useConfigOnly',
      GIT_CONFIG_VALUE_0: 'true',
    };
    const r = await runCli(['init', 'anon', '--yes', '--no-install'], { cwd, env: noIdentity });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: git has no identity \(user\.name \/ user\.email\), so the first commit was not made; the files are staged\n {2}git config --global user\.name/);
    const staged = execFileSync('git', ['diff', '--cached', '--name-only'], { cwd: join(cwd, 'anon'), env: { ...process.env, ...noIdentity } as never, encoding: 'utf8' });
    expect(staged).toContain('src/plugin.ts');

    const withIdentity = { ...noIdentity, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' };
    const c = await runCli(['init', 'named', '--yes', '--no-install'], { cwd, env: withIdentity });
    expect(c.code).toBe(0);
    expect(c.stdout).toContain('git: initialised a repository with a first commit');
    const log = execFileSync('git', ['log', '--format=%s'], { cwd: join(cwd, 'named'), encoding: 'utf8' });
    expect(log.trim()).toBe('Initial commit from webapi-plugin init');

    // inside that repository: skipped
    const inner = await runCli(['init', 'inner', '--yes', '--no-install'], { cwd: join(cwd, 'named'), env: withIdentity });
    expect(inner.code).toBe(0);
    expect(inner.stdout).toContain('git: skipped: the directory is already inside a git repository');
    expect(existsSync(join(cwd, 'named', 'inner', '.git'))).toBe(false);
  });

  it('init . lists exactly the colliding paths and counts them right', async () => {
    const cwd = tempDir();
    const colliding = ['README.md', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'task.yaml', 'Dockerfile', '.gitignore', 'src/plugin.ts', 'src/remote.ts', 'test/plugin.test.ts', 'deploy/kubernetes.yaml', 'vitest.config.ts'];
    for (const f of [...colliding, 'notes.txt', 'data/a.csv', 'src/mine.ts']) {
      mkdirSync(join(cwd, f, '..'), { recursive: true });
      writeFileSync(join(cwd, f), 'mine\n');
    }
    const r = await runCli(['init', '.', '--name', 'here', '--yes', ...QUIET], { cwd });
    expect(r.code).toBe(2);
    const listed = r.stderr.split('\n').filter((l) => /^ {2}\S/.test(l) && !l.startsWith('  at ') && !l.includes('--force')).map((l) => l.trim());
    expect(listed).toEqual([...colliding].sort());
    expect(r.stderr).toContain(`already holds ${colliding.length} files this template writes:`);
    expect(r.stderr).toContain('(and 2 other entries that --force keeps as they are)'); // notes.txt, data/ (src/ holds collisions)
    expect(r.stderr).toContain(`use --force to overwrite these ${colliding.length}`);
  });

  it('--package-manager bun when bun is not installed: exit 2 before writing anything', async () => {
    const cwd = tempDir();
    const bin = join(cwd, 'bin');
    mkdirSync(bin);
    for (const pm of ['npm', 'node']) {
      writeFileSync(join(bin, pm), `#!/bin/sh\nexec ${JSON.stringify(pm === 'node' ? process.execPath : join(process.execPath, '..', 'npm'))} "$@"\n`);
      chmodSync(join(bin, pm), 0o755);
    }
    const env = { PATH: bin };
    const r = await runCli(['init', 'buns', '--package-manager', 'bun', '--yes', '--no-git'], { cwd, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: invalid --package-manager: bun is not installed \(not found on PATH\), so it cannot install the dependencies; installed: npm \(or use --no-install\)\n/);
    expect(readdirSync(cwd)).toEqual(['bin']);
    // without an install, bun only spells the next steps
    const ok = await runCli(['init', 'buns', '--package-manager', 'bun', '--yes', '--no-install', '--no-git'], { cwd, env });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('bunx webapi-plugin run task.yaml');
  });

  it('--no-link depends on the published range even from a checkout, and says nothing about linking', async () => {
    const cwd = tempDir();
    const r = await runCli(['init', 'pub', '--yes', '--no-link', ...QUIET], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('checkout');
    const pkg = JSON.parse(readFileSync(join(cwd, 'pub', 'package.json'), 'utf8')) as Record<string, any>;
    expect(pkg.dependencies['webapi-plugin']).toMatch(/^\^\d+\.\d+\.\d+$/);
    expect(pkg.allowScripts).toEqual({ esbuild: false, 'msgpackr-extract': false, protobufjs: false });
  });

  it('--help lists the questions as flags and the templates', async () => {
    const r = await runCli(['init', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--name <name>', '--description <text>', '--plugin-id <id>', '--task-types <types>', '--kind <kind>', '--template <name>', '--package-manager <pm>', '--no-install', '--no-git', '--yes', '--no-interactive', '--force', '--dry-run', '--json', '--link <path>', '--no-link']) {
      expect(r.stdout).toContain(flag);
    }
    expect(r.stdout).toMatch(/^ {2}http-job {3}AsyncPlugin for a REST job API/m);
  });
});
