/** `webapi-plugin config` through the built bin, in temp directories. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaultPluginConfig } from '../../src/plugin/config.js';
import { REPO_ROOT, runCli, tempDir } from '../helpers/cli.js';

function project(files: Record<string, string> = {}): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'package.json'), '{"name":"p","type":"module"}');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const STACK = /\n\s+at .*\(.*:\d+:\d+\)/;
const ADD_PLUGIN = 'name it with --plugin ./src/plugin.ts, or list it in the config file (plugins: [./src/plugin.ts])';

const PLUGIN = `export default [
  {
    id: 'bq',
    supportedTaskTypes: ['bigquery_query_job_task'],
    pluginLoader: () => ({
      getConfig: () => ({ readRateLimiter: { qps: 10, burst: 100 }, resourceQuotas: { default: 1000 } }),
      create() {}, get() {}, delete() {}, status() {},
    }),
  },
  {
    id: 'other',
    supportedTaskTypes: ['other_task'],
    pluginLoader: () => ({ getConfig: () => ({}), create() {}, get() {}, delete() {}, status() {} }),
  },
];
`;

describe('webapi-plugin config', () => {
  it('--dump with no file prints exactly the seed defaults and lists the places searched', async () => {
    const dir = project();
    const r = await runCli(['config', '--dump'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(parse(r.stdout)).toEqual(defaultPluginConfig);
    expect(r.stderr).toContain(`no config file found; searched ${dir} for: package.json ("webapi-plugin" key), .webapi-pluginrc`);
    const j = await runCli(['config', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(j.stdout)).toEqual(defaultPluginConfig);
  });

  it('--show-origin names every source and what each value overrode', async () => {
    const dir = project({
      'plugin.mjs': PLUGIN,
      '.webapi-pluginrc.yaml': 'pluginModules: [./plugin.mjs]\nwebApi:\n  caching:\n    size: 300\n    workers: 20\nplugins:\n  bq:\n    webApi:\n      caching:\n        workers: 30\n',
    });
    const rc = join(dir, '.webapi-pluginrc.yaml');
    const r = await runCli(['config', '--show-origin', '--task-type', 'bigquery_query_job_task', '--caching.size', '500', '--set', 'resourceQuotas.gpu=2'], {
      cwd: dir,
      env: { WEBAPI_PLUGIN_CACHING_SIZE: '400', WEBAPI_PLUGIN_CACHING_RESYNCINTERVAL: '10s' },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const line = (key: string) => r.stdout.split('\n').find((l) => l.includes(` ${key}=`)) ?? '';
    expect(r.stdout).toContain(`# config file: ${rc}`);
    expect(line('readRateLimiter.qps')).toMatch(/^plugin\s+readRateLimiter\.qps=10\s+\(overrides default = 30\)$/);
    expect(line('writeRateLimiter.qps')).toMatch(/^default\s+writeRateLimiter\.qps=20$/);
    expect(line('caching.size')).toMatch(
      new RegExp(`^flag:--caching\\.size\\s+caching\\.size=500\\s+\\(overrides env:WEBAPI_PLUGIN_CACHING_SIZE = 400, file:${rc}:4 = 300, default = 100000\\)$`),
    );
    expect(line('caching.workers')).toContain(`file:${rc}:10`);
    expect(line('caching.workers')).toContain(`(overrides file:${rc}:5 = 20, default = 10)`);
    expect(line('caching.resyncInterval')).toMatch(/^env:WEBAPI_PLUGIN_CACHING_RESYNCINTERVAL\s+caching\.resyncInterval=10s/);
    expect(line('resourceQuotas.default')).toMatch(/^plugin\s+resourceQuotas\.default=1000$/);
    expect(line('resourceQuotas.gpu')).toMatch(/^flag:--set resourceQuotas\.gpu\s+resourceQuotas\.gpu=2$/);
  });

  it('--plugin shows every entry in propeller layout; --format flags/env', async () => {
    const dir = project({ 'plugin.mjs': PLUGIN });
    const r = await runCli(['config', '--plugin', './plugin.mjs'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = parse(r.stdout);
    expect(doc.plugins.bq.webApi.readRateLimiter).toEqual({ qps: 10, burst: 100 });
    expect(doc.plugins.other.webApi).toEqual(defaultPluginConfig);
    const env = await runCli(['config', '--plugin', './plugin.mjs', '--task-type', 'bigquery_query_job_task', '--format', 'env'], { cwd: dir });
    expect(env.stdout).toContain('WEBAPI_PLUGIN_READRATELIMITER_QPS=10\n');
    expect(env.stdout).toContain('WEBAPI_PLUGIN_RESOURCEQUOTAS=default=1000\n');
    const flags = await runCli(['config', '--format', 'flags', '--caching.workers', '3'], { cwd: dir });
    expect(flags.stdout.split('\n')).toContain('--caching.workers=3');
    const bad = await runCli(['config', '--plugin', './plugin.mjs', '--task-type', 'nope'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/error: no plugin handles task type "nope"; known task types: .*other_task/);
  });

  it('marks values outside Flyte production ranges', async () => {
    const dir = project();
    const r = await runCli(['config', '--caching.size', '5', '--caching.resyncInterval', '2s'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("size: 5 # warning: outside Flyte's production range 10–500000 (fine locally, rejected by Flyte)");
    expect(r.stdout).toContain("resyncInterval: 2s # warning: outside Flyte's production range 5s–1h");
    expect(r.stderr).toContain("warning: caching.size = 5 is outside Flyte's production range 10–500000: fine locally, rejected by Flyte (from flag:--caching.size)");
    expect(parse(r.stdout).caching.size).toBe(5);
  });

  it('bad config file: did you mean with file:line:col, exit 2, no stack', async () => {
    const dir = project({ '.webapi-pluginrc': 'webApi:\n  caching:\n    resyncIntervl: 10s\n' });
    const r = await runCli(['config'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'error: unknown key "resyncIntervl" in webApi.caching',
        '  at .webapi-pluginrc:3:5',
        '      1 | webApi:',
        '      2 |   caching:',
        '    > 3 |     resyncIntervl: 10s',
        '        |     ^',
        '  did you mean "resyncInterval"?',
        '  known keys: size, resyncInterval, workers, maxSystemFailures',
        '',
      ].join('\n'),
    );
  });

  it('bad flag value, missing --config, throwing config module: exit 2 with the place named', async () => {
    const dir = project({ 'webapi-plugin.config.mjs': 'throw new Error("config exploded")\n' });
    const [missing, thrown] = await Promise.all([
      runCli(['config', '--config', 'missing.yaml'], { cwd: dir }),
      runCli(['config'], { cwd: dir }),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('error: config file not found: missing.yaml\n  at --config');
    expect(thrown.code).toBe(2);
    expect(thrown.stderr).toContain(`error: config file ${join(dir, 'webapi-plugin.config.mjs')} failed to load: config exploded`);
    expect(thrown.stderr).not.toMatch(STACK);
    const dir2 = project();
    const bad = await runCli(['config', '--caching.resyncInterval', '10 minutes', '--set', '__proto__.x=1'], { cwd: dir2 });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('error: --caching.resyncInterval = "10 minutes" is invalid: expected a positive Go duration such as 300ms, 1.5s, 2m30s or 1h');
    expect(bad.stderr).toContain('"__proto__" is a reserved name');
  });

  it('a TypeScript config loads through tsx', async () => {
    const dir = project({ 'webapi-plugin.config.ts': 'const config: { webApi: object } = { webApi: { caching: { workers: 7 } } };\nexport default config;\n' });
    const r = await runCli(['config', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe(`note: no plugin layer is included (no plugin is named, so no getConfig() is shown): ${ADD_PLUGIN}\n`);
    expect(JSON.parse(r.stdout).caching.workers).toBe(7);
    // a syntax error in it: file:line:col, the compiler's message and the line, exit 2
    const broken = project({ 'webapi-plugin.config.ts': 'export default {\n  webApi: { caching: { workers: 7; } },\n};\n' });
    const b = await runCli(['config'], { cwd: broken });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain(`error: config file ${join(broken, 'webapi-plugin.config.ts')} cannot be compiled: Expected "}" but found ";"`);
    expect(b.stderr).toContain('  at webapi-plugin.config.ts:2:34\n      1 | export default {\n    > 2 |   webApi: { caching: { workers: 7; } },\n        |                                  ^\n');
    expect(b.stderr).not.toMatch(STACK);
  });

  it('without a plugin: says no plugin layer is included and how to add one; --task-type hints at --plugin', async () => {
    const dir = project();
    const r = await runCli(['config', '--dump'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`note: no plugin layer is included (no plugin is named, so no getConfig() is shown): ${ADD_PLUGIN}\n`);
    const t = await runCli(['config', '--task-type', 'my_task'], { cwd: dir });
    expect(t.code).toBe(2);
    expect(t.stderr).toBe(`error: --task-type my_task: no plugin is loaded, so nothing handles it\n  at --task-type\n  load the plugin that handles it: ${ADD_PLUGIN}\n`);
  });

  it('a plugin listed in the config file is included in --dump (its getConfig() layer)', async () => {
    const dir = project({ 'plugin.mjs': PLUGIN.replace(/,\n {2}\{\n {4}id: 'other'[\s\S]*?\},\n\]/, '\n]'), '.webapi-pluginrc.yaml': 'plugins: [./plugin.mjs]\n' });
    const r = await runCli(['config', '--dump'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(parse(r.stdout).resourceQuotas).toEqual({ default: 1000 });
  });

  it('a syntax error in a --plugin module: file:line:col, message and code frame, exit 2', async () => {
    const dir = project({ 'broken.ts': "export default {\n  id: 'x',\n  supportedTaskTypes: ['t'],\n  pluginLoader() { return { a: 1; } },\n};\n" });
    const r = await runCli(['config', '--plugin', './broken.ts'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: plugin module ./broken.ts has a syntax error: Expected "}" but found ";"\n  at broken.ts:4:33\n');
    expect(r.stderr).toContain('    > 4 |   pluginLoader() { return { a: 1; } },\n        |                                 ^\n');
    expect(r.stderr).not.toMatch(STACK);
  });

  it('a value the config file marks # @local is shown as such, without a warning', async () => {
    const dir = project({ '.webapi-pluginrc.yaml': 'webApi:\n  caching:\n    resyncInterval: 1s   # @local: poll fast on a laptop\n    size: 5\n' });
    const r = await runCli(['config'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("resyncInterval: 1s # local value (marked @local): outside Flyte's production range 5s–1h");
    expect(r.stderr).not.toContain('resyncInterval');
    expect(r.stderr).toContain("warning: caching.size = 5 is outside Flyte's production range 10–500000");
  });

  it('--flags lists every flag pflag-style; --schema prints the shipped schema', async () => {
    const dir = project();
    const [flags, schema, help] = await Promise.all([
      runCli(['config', '--flags'], { cwd: dir }),
      runCli(['config', '--schema'], { cwd: dir }),
      runCli(['config', '--help'], { cwd: dir }),
    ]);
    expect(flags.code).toBe(0);
    expect(flags.stdout).toMatch(/^ {6}--caching\.size int +Defines the maximum number of items to cache\. \(default 100000\) \[env WEBAPI_PLUGIN_CACHING_SIZE\]$/m);
    expect(flags.stdout).toMatch(/^ {6}--caching\.resyncInterval duration +Defines the sync interval\. \(default "30s"\)/m);
    expect(flags.stdout).toMatch(/^ {6}--readRateLimiter\.qps float64 +Defines the max rate of calls per second\. \(default 30\)/m);
    expect(flags.stdout.match(/^ {6}--(read|write)RateLimiter|^ {6}--caching\./gm)).toHaveLength(8);
    expect(JSON.parse(schema.stdout)).toEqual(JSON.parse(readFileSync(join(REPO_ROOT, 'schema', 'config.schema.json'), 'utf8')));
    expect(help.stdout).toContain('--readRateLimiter.qps <float>');
    expect(help.stdout).toContain('a LIST is the plugin modules to load');
  });
});
