/**
 * Issue 14 §2, through the built bin: input values are kept exactly or refused with exit 2 naming the
 * field; tags, --set paths, alias bombs, devices, negative timeouts; nothing from a task file or a
 * plugin drives the terminal.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { created, project, readRecord, runsOf, waitFor } from './helpers.js';


const BOMB = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefg'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`)].join('\n') + '\n';

describe('input values are kept exactly', () => {
  it('integers beyond 2^53 reach the plugin as bigints (task file, --inputs, --set) and inputs.json keeps every digit, which --resume gives back; .nan/.inf are NaN/Infinity', async () => {
    const dir = project({
      'task.yaml': 'inputs: {a: 9007199254740993, small: 3, nan: .nan, inf: -.inf}\nexecution: {name: exact-run}\n',
      'more.json': '{"b": 9223372036854775807}',
    });
    const r = await runCli(['run', 'task.yaml', '--inputs', 'more.json', '--set', 'c=-9223372036854775808', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    // the document shows the values exactly (big integers as JSON numbers with every digit)
    expect(r.stdout).toContain('"a": 9007199254740993');
    expect(r.stdout).toContain('"b": 9223372036854775807');
    expect(r.stdout).toContain('"c": -9223372036854775808');
    const doc = JSON.parse(r.stdout) as { outputs: { types: Record<string, string> }; runId: string };
    expect(doc.outputs.types).toEqual({ a: 'bigint', small: 'number', nan: 'NaN', inf: 'number', b: 'bigint', c: 'bigint' });
    const stored = readRecord(dir, 'inputs.json');
    expect(stored).toContain('"a": 9007199254740993');
    expect(stored).toContain('"nan": {\n    "$float": "NaN"\n  }');
    // --resume of a finished run shows what it stored; the stored inputs of a new attempt are the same values
    const again = await runCli(['run', '--resume', doc.runId, '--json'], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect((JSON.parse(again.stdout) as { outputs: { types: unknown } }).outputs.types).toEqual(doc.outputs.types);
    const yaml = await runCli(['run', 'task.yaml'], { cwd: dir });
    expect(yaml.stdout).toContain('a: 9007199254740993');
    expect(yaml.stdout).toContain('nan: .nan');
    expect(yaml.stdout).toContain('inf: -.inf');
  });

  it('--dry-run shows the values exactly; --resume of a detached run feeds the plugin the stored values exactly', async () => {
    const dir = project({ 'task.yaml': 'inputs: {a: 9007199254740993, n: .nan, s: us-east-1}\ncustom: {runMs: 60000}\n' });
    const dry = await runCli(['run', 'task.yaml', '--dry-run', '--json'], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('"a": 9007199254740993');
    expect(dry.stdout).toContain('"$float": "NaN"');
    const first = await runCli(['run', 'task.yaml', '--on-interrupt', 'detach'], {
      cwd: dir,
      env: { FLYTE_SECRET_DEBUG: '1' },
      onSpawn: (child) => void waitFor(() => created(dir)).then(() => child.kill('SIGINT')),
    });
    expect(first.code, first.stderr).toBe(130);
    const resumed = await runCli(['run', '--resume', runsOf(dir)[0]!, '--json'], { cwd: dir, env: { FLYTE_SECRET_DEBUG: '1' } });
    expect(resumed.code, resumed.stderr).toBe(0);
    const outputs = (JSON.parse(resumed.stdout) as { outputs: { inputs: Record<string, unknown>; types: Record<string, string> } }).outputs;
    expect(outputs.types).toEqual({ a: 'bigint', n: 'NaN', s: 'string' });
    expect(resumed.stdout).toContain('"a": 9007199254740993');
    expect(outputs.inputs.s).toBe('us-east-1');
  });

  it.each([
    ['the task file', { 'task.yaml': 'inputs: {huge: 1e400}\n' }, ['run', 'task.yaml'], 'task.yaml:3:16'],
    ['--inputs', { 'task.yaml': '', 'in.json': '{"tiny": 1e-400}' }, ['run', 'task.yaml', '--inputs', 'in.json'], 'in.json:1:10'],
    ['--set', { 'task.yaml': '' }, ['run', 'task.yaml', '--set', 'huge=1e400'], '--set huge=1e400'],
  ])('a number no 64-bit float holds, in %s, is refused with exit 2 naming where it is', async (_where, files, args, location) => {
    const dir = project(files as Record<string, string>);
    const r = await runCli(args as string[], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the number 1e[-]?400 is too (large|small) for a 64-bit float/);
    expect(r.stderr).toContain(`at ${location}`);
    expect(runsOf(dir)).toEqual([]);
  });
});

describe('YAML tags are refused clearly', () => {
  it.each([
    ['!!set', 'x: !!set {a, b}', 'write a list instead'],
    ['!!binary', 'x: !!binary aGVsbG8=', 'base64 string'],
    ['!custom', 'x: !custom foo', 'remove the tag'],
    ['!!js/function', 'x: !!js/function "function () {}"', 'code cannot be given as data'],
  ])('%s in the inputs: exit 2 at the tag, with a hint, and no raw Node warning', async (tag, line, hint) => {
    const dir = project({ 'task.yaml': '', 'in.yaml': `${line}\n` });
    const r = await runCli(['run', 'task.yaml', '--inputs', 'in.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error: the tag ${tag} is not supported`);
    expect(r.stderr).toContain('at in.yaml:1:4');
    expect(r.stderr).toContain(hint);
    expect(r.stderr).not.toMatch(/Warning|\(node:\d+\)/);
  });
});

describe('--set paths', () => {
  it.each(['__proto__.polluted=1', 'input.__proto__={"a": 1}', 'constructor.prototype.x=1', 'a..b=1', '.=2'])('--set %s is refused with exit 2 before anything runs', async (arg) => {
    const dir = project({ 'task.yaml': '' });
    const r = await runCli(['run', 'task.yaml', '--set', arg], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error: --set: the input path ".*" is not allowed \((it has an empty segment|"(__proto__|constructor)" is a reserved name)\)/);
    expect(r.stderr).toContain(`at --set ${arg}`);
    expect(runsOf(dir)).toEqual([]);
  });
});

describe('input files', () => {
  it('an alias bomb in the task file or on stdin (--inputs -) is exit 2 naming the file', async () => {
    const dir = project({ 'task.yaml': `inputs:\n${BOMB.replace(/^/gm, '  ')}`, 'bomb.yaml': BOMB });
    const task = await runCli(['run', 'task.yaml'], { cwd: dir });
    expect(task.code).toBe(2);
    expect(task.stderr).toMatch(/error: task file is not valid YAML: its aliases \(\*name\) expand to more data than allowed .*alias bomb/);
    expect(task.stderr).toMatch(/at task\.yaml:\d+:\d+/);
    const stdin = await runCli(['run', 'task.yaml', '--inputs', '-'], { cwd: dir, input: BOMB });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toMatch(/at <stdin>:\d+:\d+/);
    expect(task.stderr + stdin.stderr).not.toContain('internal error');
  });

  // (--env-file /dev/zero is a unit test in files.test.ts: Node 20 itself reads an --env-file it finds
  // anywhere on its command line, script arguments included, before any of our code runs)
  it('/dev/zero (a device, not a file or a pipe) is refused as a task file, an inputs file and a config file', async () => {
    const dir = project({ 'task.yaml': '' });
    for (const args of [['run', '/dev/zero'], ['run', 'task.yaml', '--inputs', '/dev/zero'], ['run', 'task.yaml', '--config', '/dev/zero']]) {
      const r = await runCli(args, { cwd: dir, timeoutMs: 20_000 });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/a character device, not a regular file or a pipe/);
    }
  });

  it('an input file over 16 MiB is refused, from a file or from stdin', async () => {
    const dir = project({ 'task.yaml': '' });
    const big = `x: "${'a'.repeat(16 * 1024 * 1024)}"\n`;
    writeFileSync(join(dir, 'big.yaml'), big);
    const file = await runCli(['run', 'task.yaml', '--inputs', 'big.yaml'], { cwd: dir });
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('inputs file big.yaml is more than 16 MiB: not read');
    const stdin = await runCli(['run', 'task.yaml', '--inputs', '-'], { cwd: dir, input: big });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain('cannot read inputs from stdin: it holds more than 16 MiB');
  });

  it('timeout: -5s in a task file is refused like --timeout -5s', async () => {
    const dir = project({ 'task.yaml': 'metadata: {timeout: -5s}\n' });
    const r = await runCli(['run', 'task.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('metadata.timeout: a timeout must not be negative');
    expect(r.stderr).toContain('at task.yaml:3:21');
    const flag = await runCli(['run', 'task.yaml', '--timeout', '-5s'], { cwd: project({ 'task.yaml': '' }) });
    expect(flag.code).toBe(2);
  });
});

describe('names shown on the terminal never drive it', () => {
  const ESC = '\u001b';
  it('control sequences in id.name, the task type, reasons and log link names are shown escaped: no ESC, BEL or CSI reaches stderr', async () => {
    const dir = project({
      'task.yaml': `id: {name: "evil${ESC}]0;title\\a"}\ncustom: {names: true, runMs: 300}\n`,
      'other.yaml': `plugin: ${join(import.meta.dirname, 'fixtures', 'adversarial-plugin.mjs')}\ntype: "no${ESC}[2Jsuch"\n`,
    });
    const r = await runCli(['run', 'task.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('evil\\x1b]0;title\\x07');
    expect(r.stderr).toContain('\\x1b]0;pwned\\x07running\\x1b[2J');
    expect(r.stderr).toContain('log\\x1b[31m red\\x9b2J');
    const json = await runCli(['run', 'task.yaml', '--json'], { cwd: dir });
    const other = await runCli(['run', 'other.yaml'], { cwd: dir });
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('no\\x1b[2Jsuch');
    for (const out of [r.stderr, r.stdout, json.stderr, json.stdout, other.stderr]) expect(out).not.toMatch(/[\u0007\u001b\u009b]/);
  });
});
