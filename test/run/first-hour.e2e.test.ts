/**
 * `run` as a new user meets it, through the built bin in temp directories: mistakes in task files,
 * config files and plugins are reported at their line with a code frame (exit 2); a misspelt file or
 * input gets a "did you mean"; the config file is found beside the task file and named; values marked
 * `# @local` are not warned about; `--agent` fails fast when nothing listens and takes FAILED as final.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermanentError, phaseInfoRunning, type AsyncPlugin, type PluginEntry } from '../../src/index.js';
import type { AgentServer } from '../../src/serve/server.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { startServer } from '../serve/helpers.js';

const PLUGIN = join(import.meta.dirname, 'fixtures', 'remote-plugin.ts');
const STACK = /\n\s+at .*\(.*:\d+:\d+\)/;

function project(files: Record<string, string>): string {
  const dir = tempDir('webapi-first-hour-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('run: mistakes reported where they are', () => {
  it('a TypeScript syntax error in the plugin: file:line:col, the message and the line, exit 2', async () => {
    const broken = "export default {\n  id: 'x',\n  supportedTaskTypes: ['t'],\n  pluginLoader() { return { a: 1; } },\n};\n";
    const dir = project({ 'task.yaml': 'type: t\nplugin: ./src/broken.ts\n', 'src/broken.ts': broken });
    const r = await runCli(['run', 'task.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      [
        'error: plugin module ./src/broken.ts has a syntax error: Expected "}" but found ";"',
        '  at src/broken.ts:4:33',
        '      2 |   id: \'x\',',
        "      3 |   supportedTaskTypes: ['t'],",
        '    > 4 |   pluginLoader() { return { a: 1; } },',
        '        |                                 ^',
        '      5 | };',
        '',
      ].join('\n'),
    );
  });

  it('a JavaScript syntax error in the plugin: located too', async () => {
    const dir = project({ 'task.yaml': 'type: t\nplugin: ./broken.mjs\n', 'broken.mjs': 'export default {\n  id: "x",,\n};\n' });
    const r = await runCli(['run', 'task.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: plugin module ./broken.mjs has a syntax error: Unexpected token \',\'\n  at broken.mjs:2:11\n');
    expect(r.stderr).toContain('    > 2 |   id: "x",,\n        |           ^\n');
  });

  it('an over-indented line in a task file is reported at that line, in plain words', async () => {
    const dir = project({ 'task.yaml': `plugin: ${PLUGIN}\ntype: fixture\nmetadata:\n  timeout: 1m\n    retries: 1\n` });
    const r = await runCli(['run', 'task.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      [
        'error: task file is not valid YAML: line 5 is indented more than the line above it',
        '  at task.yaml:5:5',
        '      3 | metadata:',
        '      4 |   timeout: 1m',
        '    > 5 |     retries: 1',
        '        |     ^',
        '  "timeout" on line 4 already has a value, so "retries" cannot be nested under it: indent it like "timeout" (column 3), or move the value of "timeout" onto its own lines',
        '',
      ].join('\n'),
    );
  });

  it('a dedented key in the config file found beside the task file: the same words and frame', async () => {
    const dir = project({
      'p/task.yaml': `plugin: ${PLUGIN}\ntype: fixture\n`,
      'p/.webapi-pluginrc.yaml': 'webApi:\n  caching:\n    workers: 2\n   size: 50\n',
    });
    const r = await runCli(['run', 'p/task.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: config file is not valid YAML: "size" on line 4 is indented by 3 spaces, unlike the lines above it (4 spaces)\n  at p/.webapi-pluginrc.yaml:4:4\n');
    expect(r.stderr).toContain('    > 4 |    size: 50\n        |    ^\n  indent it by 4 spaces like the line above it, or by 2 spaces to put it next to "caching"\n');
    expect(r.stderr).not.toMatch(STACK);
  });

  it('a schema problem in a task file: the key, a code frame and a suggestion; every other problem listed', async () => {
    const dir = project({ 'task.yaml': `plugin: ${PLUGIN}\ntype: fixture\nmetadata:\n  retires: {retries: 1}\n  timeout: soon\n` });
    const r = await runCli(['run', 'task.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: unknown key "retires" in metadata\n  at task.yaml:4:3\n');
    expect(r.stderr).toContain('    > 4 |   retires: {retries: 1}\n        |   ^\n      5 |   timeout: soon\n  did you mean "retries"?\n');
    expect(r.stderr).toContain('  1 more problem in the task file:\n  - metadata.timeout: expected a duration such as 90s, 10m or 1h30m (got the string "soon") (at task.yaml:5:12)\n');
  });

  it('run taks.yaml: did you mean task.yaml?', async () => {
    const dir = project({ 'task.yaml': 'type: t\n' });
    const r = await runCli(['run', 'taks.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: task file not found: taks.yaml\n  at taks.yaml\n  did you mean task.yaml?\n');
    const sub = await runCli(['run', 'p/tsak.yaml'], { cwd: project({ 'p/task.yaml': 'type: t\n' }) });
    expect(sub.stderr).toContain('did you mean p/task.yaml?');
  });

  it('--json keeps one document on stdout for these errors too', async () => {
    const dir = project({ 'task.yaml': 'type: x\ntype: y\n' });
    const r = await runCli(['run', 'task.yaml', '--json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({
      error: {
        code: 'TaskInputError',
        message: 'task file is not valid YAML: the key "type" appears twice in the same mapping (first on line 1)',
        location: 'task.yaml:2:1',
        hint: 'remove one of the two (YAML keeps only one)',
      },
      exitCode: 2,
    });
  });
});

describe('run: fewer surprises', () => {
  it('finds the config file from the task file up, says which one it uses; @local values do not warn, others do', async () => {
    const dir = project({
      'p/package.json': '{}',
      'p/task.yaml': `plugin: ${PLUGIN}\ntype: fixture\ncustom: {durationMs: 10}\n`,
      'p/.webapi-pluginrc.yaml': 'webApi:\n  caching:\n    resyncInterval: 100ms   # @local: poll fast here\n    size: 5\n',
    });
    const r = await runCli(['run', 'p/task.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^\S+ {3}config file: p\/\.webapi-pluginrc\.yaml$/m);
    expect(r.stderr).not.toContain('resyncInterval');
    expect(r.stderr).toContain("config (fixture): caching.size = 5 is outside Flyte's production range 10–500000");
    expect(r.stderr.match(/outside Flyte's production range/g)).toHaveLength(1);
    const plan = JSON.parse((await runCli(['run', 'p/task.yaml', '--dry-run', '--json'], { cwd: dir })).stdout) as { config: { caching: { resyncInterval: string } }; configFile: string };
    expect(plan.configFile).toBe('p/.webapi-pluginrc.yaml');
    expect(plan.config.caching.resyncInterval).toBe('100ms');
    // the run record keeps it, and --resume (from anywhere) uses it again
    const runs = join(dir, '.webapi-plugin', 'runs');
    const [runId] = readdirSync(runs);
    expect(JSON.parse(readFileSync(join(runs, runId!, 'run.json'), 'utf8')).configFile).toBe(join(dir, 'p', '.webapi-pluginrc.yaml'));
    const resumed = await runCli(['run', '--resume', join(runs, runId!), '--dry-run', '--json'], { cwd: tempDir() });
    expect(JSON.parse(resumed.stdout)).toMatchObject({ configFile: join(dir, 'p', '.webapi-pluginrc.yaml'), config: { caching: { resyncInterval: '100ms' } } });
  });

  it('a value outside Flyte\'s production range is reported once per plugin, however many tasks use it', async () => {
    const task = `plugin: ${PLUGIN}\ntype: fixture\ncustom: {durationMs: 10}\n`;
    const dir = project({ 'a.yaml': task, 'b.yaml': task, 'c.yaml': task });
    const r = await runCli(['run', 'a.yaml', 'b.yaml', 'c.yaml', '--caching.size', '5'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr.match(/caching\.size = 5 is outside Flyte's production range/g)).toHaveLength(1);
  });

  it('a misspelt --set input warns with "did you mean" against the task\'s inputs (and is still passed)', async () => {
    const dir = project({ 'task.yaml': `plugin: ${PLUGIN}\ntype: fixture\ncustom: {durationMs: 10}\ninputs: {name: Flyte, n: 3}\n` });
    const r = await runCli(['run', 'task.yaml', '--set', 'nmae=Ada', '--set', 'n=4', '--set', 'extra=1'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('! --set nmae=Ada: task has no input "nmae"; did you mean "name"? (it is passed as a new input "nmae")');
    expect(r.stderr).not.toContain('extra');
    expect(r.stdout).toContain('nmae: Ada');
  });
});

describe('run --agent', () => {
  let server: AgentServer;
  let address = '';
  let creates = 0;
  beforeAll(async () => {
    const plugin: AsyncPlugin<{ id: string }, unknown> = {
      getConfig: () => ({}),
      create: () => {
        creates++;
        throw new PermanentError('secret "API_TOKEN" not found', { code: 'SecretNotFound' });
      },
      get: () => ({}),
      delete: () => {},
      status: () => phaseInfoRunning(),
    };
    const entry: PluginEntry = { id: 'failing', supportedTaskTypes: ['failing'], pluginLoader: () => plugin };
    ({ server, address } = await startServer({ entries: [entry], env: {}, secretsDir: tempDir() }));
  });
  afterAll(() => server?.forceShutdown());

  it('nothing listening: fails at the first refused connection, exit 3, no empty "Resolution note"', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const dir = project({ 'task.yaml': 'type: anything\n' });
    const r = await runCli(['run', 'task.yaml', '--agent', `127.0.0.1:${port}`], { cwd: dir, timeoutMs: 20000 });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`no agent answers at 127.0.0.1:${port} (the connection was refused): is a server listening at 127.0.0.1:${port}? start one with \`webapi-plugin serve\``);
    expect(r.stderr).not.toContain('Resolution note');
    expect(r.stderr).not.toContain('create failed, retry');
  });

  it('a FAILED resource from the server is final: one CreateTask, exit 1 with its message', async () => {
    const dir = project({ 'task.yaml': 'type: failing\nmetadata: {retries: {retries: 3}}\n' });
    const before = creates;
    const r = await runCli(['run', 'task.yaml', '--agent', address], { cwd: dir, timeoutMs: 20000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('secret "API_TOKEN" not found');
    expect(r.stderr).not.toContain('retrying');
    expect(creates - before).toBe(1);
  });
});
