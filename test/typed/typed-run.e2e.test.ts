/**
 * `run` honours the task's interface, as the cluster would: inputs checked and converted (exit 2 naming
 * the input, the type and where the value came from), defaults where Flyte applies them, outputs checked
 * on success (exit 1 with the error), and Flyte's datastore files in the run record.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { literalMapToValues } from '../../src/literals/index.js';
import { flyteCodec, type FlyteCodec } from '../../src/task/flyte/codec.js';
import { ANSI } from '../helpers/cli.js';
import { protocDecode, protocMissing, REQUIRE_ALL } from '../literals/protos.js';
import { run, runDir, seen, setup, typedTask } from './helpers.js';

let codec: FlyteCodec;
beforeAll(async () => {
  codec = await flyteCodec();
});

const INT = { simple: 'INTEGER' };
const STR = { simple: 'STRING' };

describe('inputs against interface.inputs', () => {
  it('are converted to what the plugin would get from Flyte: the JS shape of each type', async () => {
    const task = typedTask({
      inputs: { n: INT, big: INT, name: STR, code: STR, ratio: { simple: 'FLOAT' }, when: { simple: 'DATETIME' }, wait: { simple: 'DURATION' }, tags: { collectionType: STR }, cfg: { simple: 'STRUCT' }, color: { enumType: { values: ['red', 'green'] } }, maybe: { unionType: { variants: [INT, { simple: 'NONE' }] } }, data: { blob: { format: 'csv' } } },
      body: 'inputs:\n  n: 3\n  name: Ada\n  ratio: 0.5\n  when: "2024-05-01T12:00:00.5Z"\n  wait: 90\n  tags: [a, b]\n  cfg: {depth: 2, mode: fast}\n  color: green\n  maybe: null\n  data: s3://bucket/x.csv\ncustom: {outputs: {}}\n',
    });
    const dir = setup({ 'task.yaml': task });
    const r = await run(dir, ['task.yaml', '--set', 'big=9223372036854775807', '--set', 'code=007']);
    expect(r.stderr).not.toMatch(ANSI);
    expect(r.code, r.stderr).toBe(0);
    expect(seen(dir)).toEqual({
      n: { type: 'number', value: 3 },
      big: { type: 'bigint', value: '9223372036854775807' }, // int64 beyond 2^53: a BigInt, exact
      name: { type: 'string', value: 'Ada' },
      code: { type: 'string', value: '007' }, // --set keeps the text for a STRING input (YAML would make it 7)
      ratio: { type: 'number', value: 0.5 },
      when: { type: 'Date', value: '2024-05-01T12:00:00.500Z' },
      wait: { type: 'string', value: '1m30s' },
      tags: { type: 'array', value: ['a', 'b'] },
      cfg: { type: 'object', value: { depth: 2, mode: 'fast' } },
      color: { type: 'string', value: 'green' },
      maybe: { type: 'null', value: null },
      data: { type: 'string', value: 's3://bucket/x.csv' },
    });
  });

  it('a value of the wrong type is exit 2 naming the input, the expected type and its line in the task file', async () => {
    const dir = setup({ 'task.yaml': typedTask({ inputs: { n: INT }, body: 'inputs:\n  n: three\n' }) });
    const r = await run(dir, ['task.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: input "n" expects INTEGER, got the string "three"');
    expect(r.stderr).toMatch(/at task\.yaml:4:6/);
    expect(r.stderr).toMatch(/> 4 \|\s+n: three/);
    expect(r.stderr).not.toMatch(/\n\s+at .*\.js:\d+/); // no stack trace
  });

  it('from --set: names the flag; a number for a STRING input from the task file suggests quoting', async () => {
    const dir = setup({ 'task.yaml': typedTask({ inputs: { n: INT, id: STR }, body: 'inputs:\n  id: 42\n' }) });
    const r = await run(dir, ['task.yaml', '--set', 'n=notanumber']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('input "n" expects INTEGER, got the string "notanumber"');
    expect(r.stderr).toContain('at --set n=notanumber');
    expect(r.stderr).toContain('input "id" expects STRING, got number 42');
    expect(r.stderr).toContain('quote it to make it a string: "42"');
  });

  it('an unknown name is exit 2 with did-you-mean (at its line in the --inputs file); a missing one names its type and Flyte\'s message', async () => {
    const dir = setup({ 'task.yaml': typedTask({ inputs: { name: STR, n: INT } }), 'in.yaml': 'nmae: Ada\n' });
    const r = await run(dir, ['task.yaml', '--inputs', 'in.yaml', '--json']);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout) as { error: { message: string; location: string; hint: string } };
    expect(doc.error).toMatchObject({ message: 'the task has no input "nmae"', location: 'in.yaml:1:7' });
    expect(doc.error.hint).toContain('did you mean "name"?');
    expect(r.stderr).toContain('missing input "name" (STRING)');
    expect(r.stderr).toContain('missing input "n" (INTEGER)');
    expect(r.stderr).toContain('flyteadmin: "expected_inputs n missing"');
  });

  it('defaults apply where Flyte applies them: a ParameterMap (`defaultInputs`) default, plain or as a Literal; required: false leaves it out', async () => {
    const body = [
      'defaultInputs:',
      '  parameters:',
      '    n: {default: 5}',
      '    big: {default: {scalar: {primitive: {integer: "9007199254740993"}}}}',
      '    opt: {required: false}',
      'inputs: {name: Ada}',
      '',
    ].join('\n');
    const dir = setup({ 'task.yaml': typedTask({ inputs: { name: STR, n: INT, big: INT, opt: STR }, body }) });
    const r = await run(dir, ['task.yaml']);
    expect(r.code, r.stderr).toBe(0);
    expect(seen(dir)).toEqual({ name: { type: 'string', value: 'Ada' }, n: { type: 'number', value: 5 }, big: { type: 'bigint', value: '9007199254740993' } });
    // a given value wins over the default
    await run(dir, ['task.yaml', '--set', 'n=7']);
    expect(seen(dir).n).toEqual({ type: 'number', value: 7 });
  });

  it('defaultInputs are checked like flyteadmin checks a launch plan: unknown names and defaults of another type', async () => {
    const body = 'defaultInputs:\n  parameters:\n    nn: {default: 1}\n    s: {default: {scalar: {primitive: {integer: "1"}}}}\n';
    const dir = setup({ 'task.yaml': typedTask({ inputs: { n: INT, s: STR }, body }) });
    const r = await run(dir, ['task.yaml', '--dry-run']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('defaultInputs: "nn" is not an input of the task\'s interface (flyteadmin: "unexpected default_input nn")');
    expect(r.stderr).toContain('did you mean "n"?');
    expect(r.stderr).toContain('the default of input "s" is INTEGER, not castable to STRING');
  });

  it('an invalid declared type is exit 2 at its line', async () => {
    const dir = setup({ 'task.yaml': 'type: typed-job\ninterface:\n  inputs:\n    variables:\n      n: {type: {simple: INTEGR}}\n' });
    const r = await run(dir, ['task.yaml', '--dry-run']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('interface.inputs.variables.n.type.simple: invalid SimpleType "INTEGR" (did you mean INTEGER?)');
    expect(r.stderr).toMatch(/at task\.yaml:5:/);
  });

  it('an untyped task (no interface.inputs) gets its inputs as given, with the misspelling warning', async () => {
    const dir = setup({ 'task.yaml': 'type: typed-job\ninputs: {name: Ada, n: 3}\ncustom: {outputs: {}}\n' });
    const r = await run(dir, ['task.yaml', '--set', 'nmae=Bob', '--set', 'when=2024-01-01']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('did you mean "name"?');
    expect(seen(dir)).toEqual({ name: { type: 'string', value: 'Ada' }, n: { type: 'number', value: 3 }, nmae: { type: 'string', value: 'Bob' }, when: { type: 'string', value: '2024-01-01' } });
  });
});

describe('outputs against interface.outputs (exit 1, as propeller fails the task)', () => {
  it('a mistyped and an undeclared output: OutputsInvalid naming the outputs and both types; error.pb is the ErrorDocument', async () => {
    const dir = setup({ 'task.yaml': typedTask({ outputs: { greeting: INT }, body: 'custom: {outputs: {greeting: hello, extra: 1}}\n' }) });
    const r = await run(dir, ['task.yaml', '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { error: { code: string; message: string; kind: string } };
    expect(doc.error).toMatchObject({ code: 'OutputsInvalid', kind: 'USER' });
    expect(doc.error.message).toContain('output "greeting" is declared INTEGER, but the plugin put STRING');
    expect(doc.error.message).toContain('output "extra" is not declared by the task\'s interface; it declares greeting (INTEGER)');
    const paths = JSON.parse(readFileSync(join(dir, 'paths.json'), 'utf8')) as { errorPath: string; outputPath: string };
    expect(paths.errorPath).toBe(join(runDir(dir), 'attempts', '0', 'error.pb'));
    const errorDoc = codec.decode('flyteidl.core.ErrorDocument', readFileSync(paths.errorPath)) as { error: Record<string, unknown> };
    expect(errorDoc.error).toMatchObject({ code: 'OutputsInvalid', kind: 'NON_RECOVERABLE', origin: 'USER' });
    expect(existsSync(paths.outputPath)).toBe(false);
  });

  it('a declared output left out: OutputsNotFound (exit 1)', async () => {
    const dir = setup({ 'task.yaml': typedTask({ outputs: { a: INT, b: STR }, body: 'custom: {outputs: {a: 1}}\n' }) });
    const r = await run(dir, ['task.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\[OutputsNotFound\] the plugin put no output "b" \(STRING\)/);
  });

  it('no outputs at all: a retryable OutputsNotFound, so the task is retried as propeller retries it', async () => {
    const dir = setup({ 'task.yaml': typedTask({ outputs: { a: INT }, body: 'metadata: {retries: {retries: 1}}\ncustom: {putNothing: true}\n' }) });
    const r = await run(dir, ['task.yaml', '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { attempts: unknown[]; error: { code: string; message: string } };
    expect(doc.attempts).toHaveLength(2);
    expect(doc.error.code).toMatch(/OutputsNotFound/);
    expect(doc.error.message).toMatch(/Outputs not generated by task execution/);
    for (const attempt of ['0', '1']) {
      const errorDoc = codec.decode('flyteidl.core.ErrorDocument', readFileSync(join(runDir(dir), 'attempts', attempt, 'error.pb'))) as { error: Record<string, unknown> };
      expect(errorDoc.error).toMatchObject({ code: 'OutputsNotFound', kind: 'RECOVERABLE', origin: 'USER' });
    }
  });

  it('outputs that fit: outputs.pb at the outputWriter\'s outputPath, inputs.pb beside run.json, both LiteralMaps', async () => {
    const dir = setup({ 'task.yaml': typedTask({ inputs: { n: INT }, outputs: { big: INT, when: { simple: 'DATETIME' } }, body: 'inputs: {n: 3}\ncustom: {outputs: {big: {$bigint: "-9223372036854775808"}, when: {$date: "2024-05-01T12:00:00Z"}}}\n' }) });
    const r = await run(dir, ['task.yaml']);
    expect(r.code, r.stderr).toBe(0);
    const paths = JSON.parse(readFileSync(join(dir, 'paths.json'), 'utf8')) as { outputPath: string; outputPrefix: string };
    expect(paths.outputPath).toBe(join(runDir(dir), 'attempts', '0', 'outputs.pb'));
    const out = codec.decode('flyteidl.core.LiteralMap', readFileSync(paths.outputPath));
    expect(literalMapToValues(out as never, 'outputs')).toEqual({ big: -(2n ** 63n), when: new Date('2024-05-01T12:00:00Z') });
    const inputs = codec.decode('flyteidl.core.LiteralMap', readFileSync(join(runDir(dir), 'inputs.pb')));
    expect(literalMapToValues(inputs as never, 'inputs')).toEqual({ n: 3 });
    if (protocMissing && !REQUIRE_ALL) return;
    expect(protocDecode('flyteidl.core.LiteralMap', readFileSync(paths.outputPath))).toContain('integer: -9223372036854775808');
  });
});

describe('--resume of a typed task', () => {
  it('reads its inputs back from inputs.pb, exactly (an int64 beyond 2^53, a datetime)', async () => {
    const dir = setup({ 'task.yaml': typedTask({ inputs: { big: INT, when: { simple: 'DATETIME' } }, body: 'inputs: {when: "2024-05-01T12:00:00Z"}\ncustom: {outputs: {}}\n' }) });
    expect((await run(dir, ['task.yaml', '--set', 'big=9007199254740993'])).code).toBe(0);
    // inputs.json keeps the int64's every digit (a JSON integer); the resumed task gets the BigInt from inputs.pb
    expect(readFileSync(join(runDir(dir), 'inputs.json'), 'utf8')).toMatch(/"big": 9007199254740993\b/);
    const r = await run(dir, ['--resume', runDir(dir), '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ {2}big: 9007199254740993$/m);
    expect(r.stdout).toMatch(/^ {2}when: 2024-05-01T12:00:00\.000Z$/m);
  });
});
