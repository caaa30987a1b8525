/**
 * Issue 14 §3, through the built bin: never a silent exit 0, and "internal error" only for real bugs:
 * promises that never settle, process.exit from a plugin, bad output directories, config modules with
 * odd values, a broken package.json, damaged run records on --resume, outputs JSON cannot hold,
 * malformed PhaseInfos, a misspelt WEBAPI_PLUGIN_* variable.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { PLUGIN, project, readRecord, recordOf, runsOf } from './helpers.js';

const noInternal = (s: string) => expect(s).not.toMatch(/internal error/);

describe('a command left waiting on a promise that never settles fails (exit 3), also with --json', () => {
  it('a config module whose default export never resolves', async () => {
    const dir = project({ 'task.yaml': '', 'webapi-plugin.config.mjs': 'export default new Promise(() => {});\n' });
    const text = await runCli(['run', 'task.yaml'], { cwd: dir });
    expect(text.code).toBe(3);
    expect(text.stderr).toContain('error: the command could not finish: Node had nothing left to run while it waited for the config module webapi-plugin.config.mjs');
    const json = await runCli(['run', 'task.yaml', '--json'], { cwd: dir });
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout)).toMatchObject({ exitCode: 3, error: { message: expect.stringContaining('could not finish') } });
    const dump = await runCli(['config', '--dump'], { cwd: dir });
    expect(dump.code).toBe(3);
    expect(dump.stderr).toContain('the config module webapi-plugin.config.mjs');
    // a function whose promise never settles, the same
    writeFileSync(join(dir, 'webapi-plugin.config.mjs'), 'export default () => new Promise(() => {});\n');
    expect((await runCli(['run', 'task.yaml'], { cwd: dir })).code).toBe(3);
  });

  it("a plugin module whose top-level await never settles", async () => {
    const dir = project({ 'task.yaml': 'plugin: ./stuck.mjs\ntype: adversarial\n', 'stuck.mjs': 'await new Promise(() => {});\nexport default {};\n' });
    const r = await runCli(['run', 'task.yaml'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('while it waited for the plugin module stuck.mjs (its top-level await)');
    const json = await runCli(['run', 'task.yaml', '--json'], { cwd: dir });
    expect(json.code).toBe(3);
    expect((JSON.parse(json.stdout) as { exitCode: number }).exitCode).toBe(3);
  });
});

describe('process.exit from a plugin', () => {
  it('process.exit(0) inside create fails the task (exit 3, ProcessExit) and the record says so, never "running"', async () => {
    const dir = project({ 'task.yaml': 'custom: {exit: true}\n' });
    const r = await runCli(['run', 'task.yaml'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('[ProcessExit] the plugin called process.exit(0) while run was driving it');
    expect(JSON.parse(readRecord(dir, 'run.json'))).toMatchObject({ status: 'failed', exitCode: 3 });
    const json = await runCli(['run', 'task.yaml', '--json'], { cwd: dir });
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout)).toMatchObject({ outcome: 'failed', error: { code: 'ProcessExit', kind: 'SYSTEM' } });
  });
});

describe('exit 2 naming the file, flag or field, not an internal error', () => {
  it('--out-dir /dev/null, and an outDir in the config file that is a file', async () => {
    const dir = project({ 'task.yaml': '', 'afile': 'x' });
    const r = await runCli(['run', 'task.yaml', '--out-dir', '/dev/null'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: run records cannot be kept there: /dev/null is not a directory');
    expect(r.stderr).toContain('at --out-dir');
    const json = await runCli(['run', 'task.yaml', '--out-dir', '/dev/null', '--json'], { cwd: dir });
    expect(json.code).toBe(2);
    writeFileSync(join(dir, '.webapi-pluginrc.yaml'), 'outDir: ./afile/runs\n');
    const cfg = await runCli(['run', 'task.yaml'], { cwd: dir });
    expect(cfg.code).toBe(2);
    expect(cfg.stderr).toContain('at outDir in .webapi-pluginrc.yaml');
    noInternal(r.stderr + cfg.stderr);
  });

  it.each([
    ['a bigint', 'export default { webApi: { caching: { size: 10n } } };', 'webApi.caching.size is a bigint (10n)'],
    ['a getter that throws', 'export default { webApi: { get caching() { throw new Error("boom"); } } };', 'webApi.caching cannot be read: its getter threw: boom'],
  ])('a config module holding %s', async (_what, module, message) => {
    const dir = project({ 'task.yaml': '', 'webapi-plugin.config.mjs': module });
    for (const args of [['run', 'task.yaml'], ['config', '--dump']]) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain('webapi-plugin.config.mjs');
      noInternal(r.stderr);
    }
  });

  it('a broken package.json in the current directory', async () => {
    const dir = project({ 'task.yaml': '' });
    writeFileSync(join(dir, 'package.json'), '{"name": "x",\n');
    for (const args of [['run', 'task.yaml'], ['config', '--dump']]) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/error: package\.json is not valid JSON/);
      expect(r.stderr).toMatch(/at package\.json:\d+:\d+/);
      noInternal(r.stderr);
    }
  });

  describe('a damaged run record on --resume', () => {
    const damaged = async (file: string, content: (text: string) => string, expected: RegExp) => {
      const dir = project({ 'task.yaml': 'inputs: {n: 1}\n' });
      const first = await runCli(['run', 'task.yaml'], { cwd: dir });
      expect(first.code, first.stderr).toBe(0);
      const path = join(recordOf(dir), file);
      writeFileSync(path, content(readFileSync(path, 'utf8')));
      const [runId] = runsOf(dir);
      for (const json of [false, true]) {
        const r = await runCli(['run', '--resume', runId!, ...(json ? ['--json'] : [])], { cwd: dir });
        expect(r.code, r.stderr).toBe(2);
        expect(r.stderr).toMatch(expected);
        expect(r.stderr).toContain(join('.webapi-plugin', 'runs', runId!, file));
        noInternal(r.stderr);
      }
    };
    it.each(['run.json', 'inputs.json', 'task.json', 'state.json'])('%s truncated', async (file) => {
      await damaged(file, (t) => t.slice(0, Math.floor(t.length / 2)), /run record file is not valid YAML|is empty|run record file/);
    });
    it('run.json without its plugin modules; state.json "Created" without a resourceMeta; task.json without a type', async () => {
      await damaged('run.json', (t) => JSON.stringify({ ...JSON.parse(t), pluginModules: undefined }), /run\.json: missing required key "pluginModules"/);
      await damaged('state.json', (t) => JSON.stringify({ ...JSON.parse(t), stage: 'Created', resourceMeta: undefined }), /the stage is "Created" but no resourceMeta was saved/);
      await damaged('task.json', (t) => JSON.stringify({ ...JSON.parse(t), template: {} }), /task\.json: missing required key "type" in template/);
      await damaged('inputs.json', () => '[1, 2]', /inputs\.json/);
    });
  });
});

describe('outputs JSON cannot hold: a clear failure, the same exit code with and without --json', () => {
  it.each([
    ['function', 'outputs.f is a function'],
    ['map', 'outputs.m is a Map'],
  ])('a %s in the outputs', async (kind, message) => {
    const dir = project({ 'task.yaml': `custom: {outputs: ${kind}}\n` });
    const text = await runCli(['run', 'task.yaml'], { cwd: dir });
    const json = await runCli(['run', 'task.yaml', '--json'], { cwd: dir });
    expect(text.code).toBe(1);
    expect(json.code).toBe(1);
    expect(text.stderr).toContain(`[OutputsNotSerializable] the outputs cannot be written as JSON: ${message}`);
    expect(JSON.parse(json.stdout)).toMatchObject({ outcome: 'failed', error: { code: 'OutputsNotSerializable' } });
    noInternal(text.stderr + json.stderr);
  });
});

describe('a malformed PhaseInfo from status is rejected, saying what is wrong', () => {
  it.each([
    ['errorString', 'an error that is the string "str", not an object {code, message, kind}'],
    ['logsNotList', 'info.logs that is the string "https://logs.example", not a list of {name, uri}'],
  ])('%s', async (kind, message) => {
    const dir = project({ 'task.yaml': `custom: {status: ${kind}}\n` });
    const r = await runCli(['run', 'task.yaml'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`plugin "adversarial": status() returned ${message}`);
    expect(r.stderr).not.toMatch(/\[undefined\]|undefined: undefined/);
  });
});

it('a misspelt WEBAPI_PLUGIN_* variable warns during run as in config --dump (text and --json)', async () => {
  const dir = project({ 'task.yaml': '' });
  const env = { WEBAPI_PLUGIN_CACHING_SIZEE: '3' };
  const warning = 'environment variable WEBAPI_PLUGIN_CACHING_SIZEE is not a config variable (ignored); did you mean WEBAPI_PLUGIN_CACHING_SIZE?';
  const text = await runCli(['run', 'task.yaml'], { cwd: dir, env });
  expect(text.code).toBe(0);
  expect(text.stderr).toContain(warning);
  const json = await runCli(['run', 'task.yaml', '--json'], { cwd: dir, env });
  expect(json.stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { message?: string })).toContainEqual(expect.objectContaining({ message: warning }));
  expect((await runCli(['config', '--dump'], { cwd: dir, env })).stderr).toContain(warning);
  void PLUGIN;
});
