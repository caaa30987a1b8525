/** The CLI skeleton, as a user meets it: version, help, mistakes, startup cost, the packed tarball. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, REPO_ROOT, baseEnv, runCli, tempDir } from '../helpers/cli.js';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

describe('webapi-plugin (skeleton)', () => {
  it('--version prints the package version and exits 0', async () => {
    const r = await runCli(['--version'], { cwd: tempDir() });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('--help lists the commands, examples and exit codes', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const s of ['init', 'run', 'config', 'serve', 'Examples:', 'Exit codes:', '130', '--verbose', '--no-color']) expect(r.stdout).toContain(s);
  });

  it('no arguments shows help and exits 2', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Usage: webapi-plugin');
  });

  it('an unknown command exits 2 with a suggestion', async () => {
    const r = await runCli(['rnu']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'rnu'/);
    expect(r.stderr).toMatch(/Did you mean run\?/);
    const b = await runCli(['bogus']);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/unknown command 'bogus'/);
    expect(b.stderr).not.toMatch(/\n\s+at /); // no stack
  });

  it('help <command> shows that command; help with an unknown name is an unknown command (exit 2)', async () => {
    const ok = await runCli(['help', 'run']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Usage: webapi-plugin run [options] [task-files...]');
    const root = await runCli(['help']);
    expect(root.code).toBe(0);
    expect(root.stdout).toContain('Usage: webapi-plugin [options] [command]');
    const bogus = await runCli(['help', 'bogus']);
    expect(bogus).toMatchObject({ code: 2, stdout: '' });
    expect(bogus.stderr).toBe("error: unknown command 'bogus'\n  commands: init, run, config, serve, deploy (webapi-plugin --help shows them all)\n");
    const near = await runCli(['help', 'confg']);
    expect(near.code).toBe(2);
    expect(near.stderr).toContain('did you mean "config"?');
  });

  it('a syntax error in a plugin module is located in serve too (the shared loader), exit 2', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.ts'), "export default {\n  id: 'x',\n  supportedTaskTypes: ['t'],\n  pluginLoader() { return { a: 1; } },\n};\n");
    const r = await runCli(['serve', '--plugin', './broken.ts', '--port', '0', '--no-prometheus'], { cwd: dir, timeoutMs: 20000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: plugin module ./broken.ts has a syntax error: Expected "}" but found ";"\n');
    expect(r.stderr).toMatch(/\n {2}at \S*broken\.ts:4:33\n/);
    expect(r.stderr).toContain('    > 4 |   pluginLoader() { return { a: 1; } },\n        |                                 ^\n');
  });

  it('an unknown global flag exits 2 with a suggestion', async () => {
    const r = await runCli(['--verbos', 'run']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--verbos'/);
    expect(r.stderr).toMatch(/Did you mean --verbose\?/);
  });

  function modulesLoadedBy(args: string[]): string {
    const out = join(tempDir(), 'loads.txt');
    const res = spawnSync(process.execPath, ['--import', join(REPO_ROOT, 'test/helpers/trace-loads.mjs'), BIN, ...args], {
      env: baseEnv({ TRACE_OUT: out }),
      encoding: 'utf8',
    });
    expect(res.status).toBe(0);
    return readFileSync(out, 'utf8');
  }
  const HEAVY = ['zod', 'yaml', 'chalk', 'ora', '@inquirer', 'execa', 'cosmiconfig', '@grpc', 'prom-client', 'tsx', 'lru-cache', '/dist/engine/index.js', '/dist/cli/run/index.js', '/dist/source/yaml.js', '/dist/source/syntax.js', '/dist/loader/plugin-modules.js', '/dist/cli/init.js', '/dist/cli/config.js', '/dist/cli/serve.js'];

  it('--version loads no package at all, --help nothing heavy', () => {
    const version = modulesLoadedBy(['--version']);
    expect(version).not.toContain('node_modules');
    expect(version).not.toContain('/dist/');
    const help = modulesLoadedBy(['--help']);
    expect(help).toContain('commander');
    for (const heavy of HEAVY) expect(help, `${heavy} must not load for --help`).not.toContain(heavy);
  });

  it('--version through the full CLI (with another flag) prints the same version', async () => {
    const r = await runCli(['--verbose', '--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});

describe('npm pack', () => {
  it('ships the bin, the built code, templates and schemas, and nothing from test/', () => {
    const json = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT, encoding: 'utf8', env: baseEnv() });
    const files = (JSON.parse(json) as [{ files: { path: string }[] }])[0].files.map((f) => f.path);
    expect(files).toContain('bin/webapi-plugin.js');
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('dist/cli/main.js');
    expect(files).toContain('package.json');
    expect(files.some((f) => f.startsWith('templates/'))).toBe(true);
    expect(files.filter((f) => f.startsWith('test/') || f.startsWith('src/') || f.startsWith('bench/') || f.endsWith('.map'))).toEqual([]);
  });
});
