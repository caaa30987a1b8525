import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TaskInputError } from '../../src/task/errors.js';
import { loadInputsFile } from '../../src/task/flyte/inputs-file.js';
import { mergeInputs, splitSetArgs } from '../../src/task/inputs.js';
import { parseTaskText } from '../../src/task/parse.js';
import { taskFileJsonSchema } from '../../src/task/schema.js';
import { LocalSecretManager, loadEnvFiles, secretLookup } from '../../src/task/secrets.js';
import { executionOf, templateOf } from '../../src/task/spec.js';
import { FileStateStore, newRunId } from '../../src/task/store.js';
import { Redactor } from '../../src/util/redact.js';
import { tempDir } from '../helpers/cli.js';

const cwd = '/work/p';
const parse = (text: string) => parseTaskText(text, '/work/p/task.yaml', cwd);
function parseError(text: string): TaskInputError {
  try {
    parse(text);
  } catch (e) {
    expect(e).toBeInstanceOf(TaskInputError);
    return e as TaskInputError;
  }
  throw new Error('expected an error');
}

describe('task file', () => {
  it('parses a Flyte-shaped template with inputs and execution', () => {
    const { task } = parse(`type: echo
id: {project: p1, domain: staging, name: t}
metadata:
  timeout: 90s
  retries: {retries: 2}
custom: {a: 1}
config: {k: v}
securityContext:
  secrets: [{group: g, key: k}]
inputs: {n: 3}
execution: {name: stable-run}
`);
    expect(task.type).toBe('echo');
    expect(templateOf(task)).not.toHaveProperty('inputs');
    expect(templateOf(task)).not.toHaveProperty('execution');
    expect(executionOf(task, 'run-1')).toEqual({ name: 'stable-run', project: 'p1', domain: 'staging', namespace: 'p1-staging' });
    expect(executionOf({ type: 'x' }, 'run-1')).toEqual({ name: 'run-1', project: 'local', domain: 'development', namespace: 'local-development' });
  });

  it('accepts JSON', () => {
    expect(parse('{"type": "echo", "metadata": {"timeout": "3600s"}}').task.metadata?.timeout).toBe('3600s');
  });

  it('names file:line:col and suggests the known key', () => {
    const e = parseError('type: echo\nmetadata:\n  retires: {retries: 2}\n');
    expect(e.location).toBe('task.yaml:3:3');
    expect(e.message).toBe('unknown key "retires" in metadata');
    expect(e.hint).toContain('did you mean "retries"?');
    expect(e.frame).toBe('  1 | type: echo\n  2 | metadata:\n> 3 |   retires: {retries: 2}\n    |   ^');
  });

  it('reports wrong types at the value and missing fields', () => {
    const e = parseError('type: echo\nmetadata:\n  retries:\n    retries: three\n');
    expect(e.location).toBe('task.yaml:4:14');
    expect(e.message).toBe('metadata.retries.retries: expected a number, got the string "three"');
    const m = parseError('custom: {}\n');
    expect(m.message).toBe('missing required key "type"');
    const d = parseError('type: x\nmetadata: {timeout: soon}\n');
    expect(d.message).toContain('duration');
    expect(d.location).toBe('task.yaml:2:21');
  });

  it('reports YAML syntax errors in plain words, at the line to change, with a code frame', () => {
    const e = parseError('type: echo\ninputs: {a: 1\n');
    expect(e.location).toBe('task.yaml:2:9');
    expect(e.message).toBe('task file is not valid YAML: the "{" on line 2 is never closed');
    expect(e.frame).toContain('> 2 | inputs: {a: 1\n    |         ^');
  });

  it('reads an empty file as an error naming the file', () => {
    const e = parseError('# nothing yet\n');
    expect(e.message).toBe('the task file is empty');
    expect(e.location).toBe('task.yaml:1:1');
  });

  it('publishes a draft-07 JSON schema', () => {
    const s = taskFileJsonSchema();
    expect(s.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect((s as { required: string[] }).required).toContain('type');
  });
});

describe('inputs', () => {
  it('merges task < file < --set with YAML scalar typing', () => {
    const { inputs, config } = splitSetArgs(['n=3', 'input.s=hello', 'flag=true', 'caching.resyncInterval=1s', 'obj.x=[1,2]', 'q="3"']);
    expect(config).toEqual(['caching.resyncInterval=1s']);
    expect(mergeInputs({ fromTask: { n: 1, m: 1 }, fromFile: { m: 2, s: 'x' }, sets: inputs })).toEqual({
      n: 3,
      m: 2,
      s: 'hello',
      flag: true,
      obj: { x: [1, 2] },
      q: '3',
    });
  });
  it('rejects --set without =', () => {
    expect(() => splitSetArgs(['oops'])).toThrow(TaskInputError);
  });
  it('reads an inputs file, or stdin with -', async () => {
    expect(await loadInputsFile('-', cwd, () => Buffer.from('a: 1\n'))).toMatchObject({ kind: 'values', values: { a: 1 } });
    await expect(loadInputsFile('-', cwd, () => Buffer.from('- 1\n'))).rejects.toThrow(/mapping/);
  });
});

describe('secrets', () => {
  it('looks in env then file, maps group/key, and names every place tried', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'grp'));
    writeFileSync(join(dir, 'grp', 'tok'), 'file-secret\n');
    writeFileSync(join(dir, 'plain'), 'plain-secret');
    const redactor = new Redactor();
    const sm = new LocalSecretManager({ env: { FLYTE_SECRET_api: 'env-secret' }, secretsDir: dir, redactor });
    expect(await sm.get('api')).toBe('env-secret');
    expect(await sm.get('grp/tok')).toBe('file-secret');
    expect(await sm.get('plain')).toBe('plain-secret');
    expect(secretLookup('grp/tok', dir).env).toBe('FLYTE_SECRET_GRP_TOK');
    await expect(sm.get('nope')).rejects.toThrow(`tried environment variable FLYTE_SECRET_nope and file ${join(dir, 'nope')}`);
    expect(redactor.redact('x env-secret file-secret plain-secret')).toBe('x [REDACTED] [REDACTED] [REDACTED]');
  });

  it('the state file keeps exact values (a secret a plugin put in its resourceMeta too), 0600, and loads them back', async () => {
    const dir = tempDir();
    const store = new FileStateStore(() => dir);
    const state = { version: 1, taskId: 't', attempt: 0, systemRetriesUsed: 0, userRetriesUsed: 0, generatedName: 'g', stage: 'Created', resourceMeta: { token: 's3cr3t-value', jobId: 'us-east-1', n: 2 ** 60 }, startedAt: 0, attemptStartedAt: 0, attempts: [] } as const;
    await store.save(state as never);
    const { readFileSync, statSync } = await import('node:fs');
    expect(readFileSync(join(dir, 'state.json'), 'utf8')).toContain('s3cr3t-value');
    expect(statSync(join(dir, 'state.json')).mode & 0o777).toBe(0o600);
    const loaded = await new FileStateStore(() => dir).load('t');
    expect(loaded).toEqual(state);
  });

  it('env files never override the environment', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.env'), 'A=from-file\nB="quoted value"\n');
    const env: NodeJS.ProcessEnv = { A: 'from-env' };
    expect(loadEnvFiles(['.env'], dir, env)).toEqual(['B']);
    expect(env).toEqual({ A: 'from-env', B: 'quoted value' });
  });
});

describe('run ids', () => {
  it('are slugs with a random suffix', () => {
    expect(newRunId('My Task.yaml')).toMatch(/^my-task-[a-z0-9]{6}$/);
  });
});
