import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FLAG_FIELDS, type PluginConfigField } from '../../src/config/fields.js';
import { loadCliConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/config/errors.js';
import { defaultPluginConfig, type PluginConfigInput } from '../../src/plugin/config.js';
import { tempDir } from '../helpers/cli.js';

/** Distinct valid values for layer n (1..5) of a field. */
function valueFor(f: PluginConfigField, n: number): number | string {
  if (f.type === 'duration') return `${5 + n}s`;
  if (f.type === 'float') return 1.5 + n;
  return 10 + n;
}

function nest(path: string, value: unknown): Record<string, unknown> {
  return path.split('.').reduceRight<unknown>((acc, k) => ({ [k]: acc }), value) as Record<string, unknown>;
}

function write(dir: string, name: string, content: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : stringify(content));
  return p;
}

async function rejects(p: Promise<unknown>): Promise<ConfigError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

const LAYERS = ['plugin', 'file webApi', 'file plugins.<id>.webApi', 'env', 'flag'] as const;

describe('precedence: defaults < plugin < file webApi < file plugins.<id>.webApi < env < flags', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'package.json'), '{}');
  for (const f of FLAG_FIELDS) {
    for (let top = 0; top <= LAYERS.length; top++) {
      const name = top === 0 ? 'default' : LAYERS[top - 1];
      it(`${f.path}: ${name} wins over every layer below it`, async () => {
        const has = (n: number) => top >= n;
        const file: Record<string, unknown> = {};
        if (has(2)) file.webApi = nest(f.path, valueFor(f, 2));
        if (has(3)) file.plugins = { p1: { webApi: nest(f.path, valueFor(f, 3)), pluginOwnKey: 'kept' } };
        const configPath = write(dir, `c-${f.path}-${top}.yaml`, file);
        const env: Record<string, string> = has(4) ? { [f.env]: String(valueFor(f, 4)) } : {};
        const flagValues: Record<string, string> = has(5) ? { [f.path]: String(valueFor(f, 5)) } : {};
        const cfg = await loadCliConfig({ cwd: dir, env, configPath, flagValues, setArgs: [] });
        const own: PluginConfigInput = has(1) ? (nest(f.path, valueFor(f, 1)) as PluginConfigInput) : {};
        const r = cfg.resolvePluginConfig('p1', own);
        const expected = top === 0 ? f.default : valueFor(f, top);
        const [a, b] = f.path.split('.') as [keyof typeof r.config, string];
        expect((r.config[a] as unknown as Record<string, unknown>)[b]).toEqual(expected);
        const origins = r.origins[f.path]!;
        expect(origins.map((o) => o.value)).toEqual([f.default, ...[1, 2, 3, 4, 5].filter(has).map((n) => valueFor(f, n))]);
        const labels = origins.map((o) => o.origin);
        expect(labels[0]).toBe('default');
        const want: string[] = ['default'];
        if (has(1)) want.push('plugin');
        if (has(2)) want.push(`file:${configPath}:3`);
        if (has(3)) want.push(`file:${configPath}:8`); // plugins: 4, p1: 5, webApi: 6, <section>: 7, <key>: 8
        if (has(4)) want.push(`env:${f.env}`);
        if (has(5)) want.push(`flag:--${f.flag}`);
        expect(labels).toEqual(want);
        // another plugin does not see plugins.p1
        if (top === 3) {
          expect(cfg.resolvePluginConfig('other', {}).origins[f.path]!.at(-1)!.origin).toBe(`file:${configPath}:3`);
          expect(cfg.pluginSection('p1')).toMatchObject({ pluginOwnKey: 'kept' });
        }
      });
    }
  }

  it('--set comes after the named flags; per-plugin --set after global ones', async () => {
    const cfg = await loadCliConfig({
      cwd: dir,
      env: { WEBAPI_PLUGIN_RESOURCEQUOTAS: 'default=3,gpu=1' },
      flagValues: { 'caching.size': '500' },
      setArgs: ['caching.size=600', 'resourceQuotas.default=4', 'plugins.p1.webApi.resourceQuotas.default=5'],
    });
    const p1 = cfg.resolvePluginConfig('p1', { resourceQuotas: { default: 2, cpu: 7 } });
    expect(p1.config.caching.size).toBe(600);
    expect(p1.config.resourceQuotas).toEqual({ default: 5, cpu: 7, gpu: 1 });
    expect(p1.origins['resourceQuotas.default']!.map((o) => o.origin)).toEqual([
      'plugin',
      'env:WEBAPI_PLUGIN_RESOURCEQUOTAS',
      'flag:--set resourceQuotas.default',
      'flag:--set plugins.p1.webApi.resourceQuotas.default',
    ]);
    expect(p1.origins['caching.size']!.map((o) => o.origin)).toEqual(['default', 'flag:--caching.size', 'flag:--set caching.size']);
    expect(cfg.resolvePluginConfig('p2').config.resourceQuotas).toEqual({ default: 4, gpu: 1 });
  });

  it('with nothing configured resolves to the seed defaults exactly', async () => {
    const empty = tempDir();
    writeFileSync(join(empty, 'package.json'), '{"name":"x"}');
    const cfg = await loadCliConfig({ cwd: empty, env: {} });
    expect(cfg.file).toBeUndefined();
    expect(cfg.searchedDirs).toEqual([empty]);
    expect(cfg.searched).toContain(join(empty, '.webapi-pluginrc.yaml'));
    expect(cfg.searched).toContain(join(empty, 'webapi-plugin.config.ts'));
    expect(cfg.resolvePluginConfig().config).toEqual(defaultPluginConfig);
    expect(cfg.resolvePluginConfig().warnings).toEqual([]);
    expect(cfg.settings).toEqual({ plugins: [], pluginRefs: [] });
  });
});

describe('propeller-style file', () => {
  it('accepts a propeller plugins section as it is, with CLI settings next to it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'package.json'), '{}');
    mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
    write(
      dir,
      '.webapi-pluginrc.yaml',
      `# a propeller config section, pasted
pluginModules: [./src/plugin.ts, some-package]
secretsDir: ./secrets
outDir: out
plugins:
  databricks:
    databricksInstance: dbc-a53b7a3c-614c
    entrypointFile: dbfs:///FileStore/tables/entrypoint.py
    webApi:
      readRateLimiter:
        qps: 10
        burst: 100
      writeRateLimiter:
        qps: 10
        burst: 100
      caching:
        size: 500000
        resyncInterval: 30s
        workers: 10
        maxSystemFailures: 5
      resourceQuotas:
        default: 1000
`,
    );
    // found from a subdirectory: searched up to the project root
    const cfg = await loadCliConfig({ cwd: join(dir, 'sub', 'deeper'), env: {} });
    expect(cfg.file).toEqual({ path: join(dir, '.webapi-pluginrc.yaml'), kind: 'yaml' });
    expect(cfg.settings.plugins).toEqual([join(dir, 'src', 'plugin.ts'), 'some-package']);
    expect(cfg.settings.pluginRefs[0]).toMatchObject({ module: './src/plugin.ts', from: join(dir, '.webapi-pluginrc.yaml') });
    expect(cfg.settings.pluginRefs[0]!.source).toContain('.webapi-pluginrc.yaml:2:');
    expect(cfg.settings.secretsDir).toBe(join(dir, 'secrets'));
    expect(cfg.settings.outDir).toBe(join(dir, 'out'));
    expect(cfg.pluginSectionIds).toEqual(['databricks']);
    const r = cfg.resolvePluginConfig('databricks', {});
    expect(r.config).toEqual({
      resourceQuotas: { default: 1000 },
      readRateLimiter: { qps: 10, burst: 100 },
      writeRateLimiter: { qps: 10, burst: 100 },
      caching: { size: 500000, resyncInterval: '30s', workers: 10, maxSystemFailures: 5 },
    });
    expect(r.origins['caching.size']!.at(-1)!.origin).toBe(`file:${join(dir, '.webapi-pluginrc.yaml')}:17`);
  });

  it('a plugins list is the module list', async () => {
    const dir = tempDir();
    const p = write(dir, 'c.json', '{"plugins": ["./a.ts"], "webApi": {"caching": {"workers": 3}}}');
    const cfg = await loadCliConfig({ cwd: dir, env: {}, configPath: p });
    expect(cfg.settings.plugins).toEqual([join(dir, 'a.ts')]);
    expect(cfg.pluginSectionIds).toEqual([]);
    expect(cfg.resolvePluginConfig().origins['caching.workers']!.at(-1)!.origin).toBe(`file:${p}:1`);
  });

  it('reads the "webapi-plugin" key of package.json', async () => {
    const dir = tempDir();
    write(dir, 'package.json', JSON.stringify({ name: 'x', 'webapi-plugin': { webApi: { caching: { size: 42 } } } }, null, 2));
    const cfg = await loadCliConfig({ cwd: dir, env: {} });
    expect(cfg.file?.kind).toBe('package.json');
    const r = cfg.resolvePluginConfig();
    expect(r.config.caching.size).toBe(42);
    expect(r.origins['caching.size']!.at(-1)!.origin).toBe(`file:${join(dir, 'package.json')}:6`);
    expect(r.warnings.map((w) => w.path)).toEqual([]);
  });
});

describe('bad input: one ConfigError naming file:line:col, key, value and expected form', () => {
  const dir = tempDir();
  const load = (content: string, extra: Partial<Parameters<typeof loadCliConfig>[0]> = {}) =>
    loadCliConfig({ cwd: dir, env: {}, configPath: write(dir, `bad-${Math.random().toString(36).slice(2)}.yaml`, content), ...extra });

  it('unknown key: did you mean, with line and column', async () => {
    const e = await rejects(load('webApi:\n  caching:\n    sise: 5\n'));
    expect(e.message).toBe('unknown key "sise" in webApi.caching');
    expect(e.location).toMatch(/bad-\w+\.yaml:3:5$/);
    expect(e.hint).toContain('did you mean "size"?');
  });

  it('unknown top-level key and misspelt webApi', async () => {
    const e = await rejects(load('webapi:\n  caching: {}\n'));
    expect(e.message).toBe('unknown key "webapi"');
    expect(e.hint).toContain('did you mean "webApi"?');
    const e2 = await rejects(load('plugins:\n  bq:\n    webAPI: {}\n'));
    expect(e2.message).toBe('unknown key "webAPI" in plugins.bq');
    expect(e2.location).toMatch(/:3:5$/);
  });

  it.each([
    ['wrong type', 'webApi:\n  caching:\n    size: "100"\n', 'webApi.caching.size = "100" is invalid: expected a positive integer', ':3:11'],
    ['negative', 'webApi:\n  caching:\n    workers: -4\n', 'webApi.caching.workers = -4 is invalid: expected a positive integer', ':3:14'],
    ['NaN', 'webApi:\n  readRateLimiter:\n    qps: .nan\n', 'webApi.readRateLimiter.qps = NaN is invalid: expected a positive number', ':3:10'],
    ['bad duration', 'webApi:\n  caching:\n    resyncInterval: 30 seconds\n', 'webApi.caching.resyncInterval = "30 seconds" is invalid: expected a positive Go duration such as 300ms, 1.5s, 2m30s or 1h', ':3:21'],
    ['non-integer', 'webApi:\n  caching:\n    maxSystemFailures: 1.5\n', 'webApi.caching.maxSystemFailures = 1.5 is invalid: expected an integer ≥ 0', ':3:24'],
    ['bad quota', 'plugins:\n  p:\n    webApi:\n      resourceQuotas:\n        default: 0\n', 'plugins.p.webApi.resourceQuotas.default = 0 is invalid: expected a positive integer (the number of tasks allowed at once)', ':5:18'],
    ['section not a map', 'webApi:\n  caching: 5\n', 'webApi.caching = 5 is invalid: expected a map with keys size, resyncInterval, workers, maxSystemFailures', ':2:12'],
    ['plugins neither list nor map', 'plugins: 7\n', 'plugins = 7 is invalid: expected a list of plugin modules (e.g. [./src/plugin.ts]) or a map of plugin id → { webApi: … }', ':1:10'],
    ['setting of wrong type', 'secretsDir: 5\n', 'secretsDir = 5 is invalid: expected a directory path (a non-empty string)', ':1:13'],
  ])('%s', async (_name, content, message, pos) => {
    const e = await rejects(load(content));
    expect(e.message).toBe(message);
    expect(e.location!.endsWith(pos)).toBe(true);
  });

  it('several problems: the first as the error, each other one listed once', async () => {
    const e = await rejects(load('webApi:\n  caching:\n    sise: 5\n    resyncInterval: 5 minutes\n'));
    expect(e.message).toBe('unknown key "sise" in webApi.caching');
    expect(e.what).toBe('configuration');
    expect(e.more.map((p) => p.message)).toEqual(['webApi.caching.resyncInterval = "5 minutes" is invalid: expected a positive Go duration such as 300ms, 1.5s, 2m30s or 1h']);
  });

  it('malformed YAML gives line and column', async () => {
    const e = await rejects(load('webApi:\n  caching: {size: 5\n  other: 1\n'));
    expect(e.message).toBe('config file is not valid YAML: the "{" on line 2 is never closed');
    expect(e.location).toMatch(/bad-\w+\.yaml:2:12$/);
    expect(e.frame).toContain('> 2 |   caching: {size: 5');
  });

  it('a "__proto__" key is refused with its position (never applied)', async () => {
    const e = await rejects(load('webApi:\n  resourceQuotas:\n    __proto__: {default: 5}\n'));
    expect(e.message).toMatch(/the key "__proto__" is not allowed$/);
    expect(e.location).toMatch(/:3:5$/);
    const c = await rejects(load('webApi:\n  resourceQuotas:\n    constructor: 5\n'));
    expect(c.message).toBe('webApi.resourceQuotas.constructor: "constructor" is a reserved name, not allowed as a quota namespace');
    expect(c.location).toMatch(/:3:5$/);
  });

  it('JSON files get positions too (tabs and all)', async () => {
    const p = write(dir, 'tabs.json', '{\n\t"webApi": {\n\t\t"caching": {"size": 0}\n\t}\n}\n');
    const e = await rejects(loadCliConfig({ cwd: dir, env: {}, configPath: p }));
    expect(e.message).toBe('webApi.caching.size = 0 is invalid: expected a positive integer');
    expect(e.location).toBe('tabs.json:3:23');
    expect(e.frame).toBe(`  1 | {\n  2 | \t"webApi": {\n> 3 | \t\t"caching": {"size": 0}\n    | \t\t${' '.repeat(20)}^\n  4 | \t}`);
  });

  it('duplicate keys are an error', async () => {
    const e = await rejects(load('webApi:\n  caching: {}\nwebApi: {}\n'));
    expect(e.message).toBe('config file is not valid YAML: the key "webApi" appears twice in the same mapping (first on line 1)');
    expect(e.location).toMatch(/:3:1$/);
  });

  it('collects every problem, file order first', async () => {
    const e = await rejects(load('webApi:\n  caching:\n    size: -1\n    workrs: 2\n', { env: { WEBAPI_PLUGIN_CACHING_SIZE: 'NaN' }, flagValues: { 'caching.resyncInterval': '5' } }));
    expect(e.message).toBe('webApi.caching.size = -1 is invalid: expected a positive integer');
    const more = e.more.map((p) => p.message);
    expect(more).toHaveLength(3);
    expect(more[0]).toBe('unknown key "workrs" in webApi.caching');
    expect(more[1]).toContain('WEBAPI_PLUGIN_CACHING_SIZE = "NaN" is invalid');
    expect(more[2]).toContain('--caching.resyncInterval = "5" is invalid');
  });

  it.each([
    [{ flagValues: { 'caching.size': '-3' } }, '--caching.size = "-3" is invalid: expected a positive integer', '--caching.size'],
    [{ flagValues: { 'readRateLimiter.qps': 'abc' } }, '--readRateLimiter.qps = "abc" is invalid: expected a positive number', '--readRateLimiter.qps'],
    [{ flagValues: { 'caching.resyncInterval': '1 h' } }, '--caching.resyncInterval = "1 h" is invalid: expected a positive Go duration such as 300ms, 1.5s, 2m30s or 1h', '--caching.resyncInterval'],
    [{ env: { WEBAPI_PLUGIN_CACHING_WORKERS: '2.5' } }, 'WEBAPI_PLUGIN_CACHING_WORKERS = "2.5" is invalid: expected a positive integer', 'environment variable WEBAPI_PLUGIN_CACHING_WORKERS'],
    [{ env: { WEBAPI_PLUGIN_RESOURCEQUOTAS: 'default' } }, 'WEBAPI_PLUGIN_RESOURCEQUOTAS = "default" is invalid: expected namespace=count pairs separated by commas, e.g. default=10,gpu=2 (counts are positive integers)', 'environment variable WEBAPI_PLUGIN_RESOURCEQUOTAS'],
    [{ setArgs: ['__proto__.polluted=1'] }, '--set: the path "__proto__.polluted" is not allowed ("__proto__" is a reserved name)', '--set __proto__.polluted=1'],
    [{ setArgs: ['resourceQuotas.constructor=1'] }, '--set: the path "resourceQuotas.constructor" is not allowed ("constructor" is a reserved name)', '--set resourceQuotas.constructor=1'],
    [{ setArgs: ['caching.sze=1'] }, '--set: unknown PluginConfig path "caching.sze"', '--set caching.sze=1'],
    [{ setArgs: ['caching.size'] }, '--set "caching.size": expected <path>=<value>', '--set'],
    [{ setArgs: ['resourceQuotas.default=-1'] }, '--set resourceQuotas.default = "-1" is invalid: expected a positive integer (the number of tasks allowed at once)', '--set resourceQuotas.default=-1'],
  ])('env/flag/--set problem %#', async (opts, message, location) => {
    const e = await rejects(loadCliConfig({ cwd: dir, env: {}, ...opts } as Parameters<typeof loadCliConfig>[0]));
    expect(e.message).toBe(message);
    expect(e.location).toBe(location);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('--set with an unknown path suggests the closest', async () => {
    const e = await rejects(loadCliConfig({ cwd: dir, env: {}, setArgs: ['caching.sze=1'] }));
    expect(e.hint).toContain('did you mean "caching.size"?');
  });

  it('a missing --config is an error, never ignored', async () => {
    const e = await rejects(loadCliConfig({ cwd: dir, env: {}, configPath: 'nope.yaml' }));
    expect(e.message).toBe('config file not found: nope.yaml');
    expect(e.location).toBe('--config');
  });

  it('a config module that throws names the file', async () => {
    const p = write(dir, 'throws.mjs', 'throw new Error("boom at import")\n');
    const e = await rejects(loadCliConfig({ cwd: dir, env: {}, configPath: p }));
    expect(e.message).toBe(`config file ${p} failed to load: boom at import`);
    expect(e.location).toBe(p);
  });

  it("a plugin's invalid getConfig() names the plugin", async () => {
    const cfg = await loadCliConfig({ cwd: dir, env: {} });
    expect(() => cfg.resolvePluginConfig('bq', { caching: { size: -1 } })).toThrow(/plugin "bq": getConfig\(\) returned an invalid PluginConfig: caching.size = -1/);
    expect(() => cfg.resolvePluginConfig('bq', { cachin: {} } as PluginConfigInput)).toThrow(/unknown key "cachin"/);
  });

  it('misspelt environment variables are warnings, not errors', async () => {
    const cfg = await loadCliConfig({ cwd: dir, env: { WEBAPI_PLUGIN_CACHING_SIZ: '3', WEBAPI_PLUGIN_UNRELATED_THING: 'x' } });
    expect(cfg.warnings.map((w) => w.message)).toEqual([
      'environment variable WEBAPI_PLUGIN_CACHING_SIZ is not a config variable (ignored); did you mean WEBAPI_PLUGIN_CACHING_SIZE?',
    ]);
  });
});

describe('Flyte production ranges', () => {
  it('marks out-of-range values with the range and their origin', async () => {
    const dir = tempDir();
    const cfg = await loadCliConfig({ cwd: dir, env: { WEBAPI_PLUGIN_CACHING_RESYNCINTERVAL: '1s' }, flagValues: { 'caching.size': '5' } });
    const r = cfg.resolvePluginConfig();
    expect(r.config.caching.size).toBe(5);
    expect(r.warnings).toEqual([
      expect.objectContaining({ path: 'caching.size', origin: 'flag:--caching.size', message: expect.stringContaining('10–500000') }),
      expect.objectContaining({ path: 'caching.resyncInterval', origin: 'env:WEBAPI_PLUGIN_CACHING_RESYNCINTERVAL', message: expect.stringContaining('5s–1h') }),
    ]);
  });
});

describe('values marked # @local', () => {
  it('are used, listed as local values, and never warned about; unmarked ones still are', async () => {
    const dir = tempDir();
    const p = write(
      dir,
      'rc.yaml',
      [
        'webApi:',
        '  caching:',
        '    resyncInterval: 1s   # @local: poll fast on a laptop',
        '    size: 5',
        '  # @local: the comment line above a key marks it too',
        '  readRateLimiter: {burst: 2}',
        'plugins:',
        '  bq:   # @local (a whole section)',
        '    webApi:',
        '      writeRateLimiter: {burst: 3}',
        '  other:',
        '    webApi:',
        '      writeRateLimiter: {burst: 4}   # a comment without the marker',
        '',
      ].join('\n'),
    );
    const cfg = await loadCliConfig({ cwd: dir, env: {}, configPath: p });
    const bq = cfg.resolvePluginConfig('bq');
    expect(bq.config.caching.resyncInterval).toBe('1s');
    expect(bq.warnings.map((w) => w.path)).toEqual(['caching.size']);
    expect(bq.localValues.map((w) => w.path).sort()).toEqual(['caching.resyncInterval', 'readRateLimiter.burst', 'writeRateLimiter.burst']);
    expect(bq.origins['caching.resyncInterval']!.at(-1)).toMatchObject({ local: true, value: '1s' });
    const other = cfg.resolvePluginConfig('other');
    expect(other.warnings.map((w) => w.path).sort()).toEqual(['caching.size', 'writeRateLimiter.burst']);
  });

  it('a layer above the file without the marker (env, flags) warns again', async () => {
    const dir = tempDir();
    const p = write(dir, 'rc.yaml', 'webApi:\n  caching:\n    resyncInterval: 1s # @local\n');
    const cfg = await loadCliConfig({ cwd: dir, env: { WEBAPI_PLUGIN_CACHING_RESYNCINTERVAL: '2s' }, configPath: p });
    expect(cfg.resolvePluginConfig().warnings.map((w) => w.origin)).toEqual(['env:WEBAPI_PLUGIN_CACHING_RESYNCINTERVAL']);
  });
});

describe('where the config file is found', () => {
  it("the task files' directories first (each up to its project root), then the current directory", async () => {
    const root = tempDir();
    writeFileSync(join(root, 'package.json'), '{}');
    write(root, '.webapi-pluginrc.yaml', 'webApi: {caching: {workers: 1}}\n');
    const project = join(root, 'p');
    mkdirSync(join(project, 'tasks'), { recursive: true });
    write(project, 'package.json', '{}');
    write(project, '.webapi-pluginrc.yaml', 'webApi: {caching: {workers: 2}}\n');
    const fromTask = await loadCliConfig({ cwd: root, env: {}, searchFrom: [join(project, 'tasks')] });
    expect(fromTask.file?.path).toBe(join(project, '.webapi-pluginrc.yaml'));
    expect(fromTask.searchedDirs.slice(0, 2)).toEqual([join(project, 'tasks'), project]);
    expect(fromTask.resolvePluginConfig().config.caching.workers).toBe(2);
    // nothing beside the task file: the current directory's
    const bare = tempDir();
    const fromCwd = await loadCliConfig({ cwd: root, env: {}, searchFrom: [bare] });
    expect(fromCwd.file?.path).toBe(join(root, '.webapi-pluginrc.yaml'));
    expect(fromCwd.searchedDirs).toContain(bare);
    expect(fromCwd.searchedDirs.at(-1)).toBe(root);
  });
});
