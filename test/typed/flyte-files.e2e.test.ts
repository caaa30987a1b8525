/**
 * `run` on what Flyte users already have, with the real files Flyte's tools wrote
 * (test/fixtures/flyte-artifacts): pyflyte package archives in every member layout, binary TaskSpec /
 * TaskTemplate / Task, flytectl JSON/YAML, and LiteralMap inputs (binary, protojson, YAML).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { literalMapToValues } from '../../src/literals/index.js';
import { flyteCodec, type FlyteCodec } from '../../src/task/flyte/codec.js';
import { BIN, baseEnv, REPO_ROOT, runCli, tempDir } from '../helpers/cli.js';
import { protocDecode, protocMissing, REQUIRE_ALL } from '../literals/protos.js';
import { artifact, PLUGIN, run, runDir, seen, setup, typedTask } from './helpers.js';

let codec: FlyteCodec;
beforeAll(async () => {
  codec = await flyteCodec();
});

const ARCHIVE = artifact('flytesnacks-core.tgz');
const dryRun = (r: { stdout: string }) => JSON.parse(r.stdout) as { id?: Record<string, string>; taskType: string; interface?: unknown; inputs: Record<string, unknown>; task: string };

describe('a pyflyte package archive', () => {
  it('runs the object-store-sensor task out of flytesnacks-core.tgz; outputs.pb decodes with protoc', async () => {
    const dir = setup();
    const r = await run(dir, [ARCHIVE, '--task', 'my-objectstore-sensor', '--set', 'path=s3://bucket/ready.flag']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('path: s3://bucket/ready.flag\n');
    expect(r.stderr).toContain('my-objectstore-sensor started with plugin typed');
    const rec = runDir(dir);
    const outputs = readFileSync(join(rec, 'attempts', '0', 'outputs.pb'));
    expect(literalMapToValues(codec.decode('flyteidl.core.LiteralMap', outputs) as never, 'outputs')).toEqual({ path: 's3://bucket/ready.flag' });
    const task = JSON.parse(readFileSync(join(rec, 'task.json'), 'utf8')) as { template: { type: string; metadata: { timeout: string; retries: { retries: number } } } };
    expect(task.template).toMatchObject({ type: 'object-store-sensor', metadata: { timeout: '20m0s', retries: { retries: 10 } } });
    if (protocMissing && !REQUIRE_ALL) return;
    expect(protocDecode('flyteidl.core.LiteralMap', outputs)).toMatch(/key: "path"[\s\S]*string_value: "s3:\/\/bucket\/ready.flag"/);
  });

  it('fed literalmap-inputs.pb.golden (x, y), the sensor (path: STRING) refuses them as flyteadmin would: exit 2 naming each', async () => {
    const r = await run(setup(), [ARCHIVE, '--task', 'my-objectstore-sensor', '--inputs', artifact('literalmap-inputs.pb.golden')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the task has no input "x"');
    expect(r.stderr).toMatch(/at --inputs .*literalmap-inputs\.pb\.golden/);
    expect(r.stderr).toContain('the task has no input "y"');
    expect(r.stderr).toContain('missing input "path" (STRING)');
  });

  it('without --task, or when several or none match, lists the tasks to pick from (exit 2)', async () => {
    const dir = setup();
    let r = await run(dir, [ARCHIVE, '--dry-run']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('flytesnacks-core.tgz holds 39 tasks: pick one with --task <name>');
    expect(r.stderr).toMatch(/my-objectstore-sensor\s+object-store-sensor\s+\(core\/_pb_output\/24_my-objectstore-sensor_1\.pb\)/);
    expect(r.stderr).not.toContain('fasted4a62b5c4359e9aed745fa1197a9ea0.tar.gz'); // the code bundle is no task
    r = await run(dir, [ARCHIVE, '--task', 'square', '--dry-run']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--task square: 3 tasks in');
    expect(r.stderr).toContain('core.flyte_basics.task_cache.square');
    r = await run(dir, [ARCHIVE, '--task', 'objectstore-sensor', '--dry-run']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('has no such task');
    expect(r.stderr).toContain('did you mean "my-objectstore-sensor"?');
    // the same name twice (two sqlite tasks): by member file
    r = await run(dir, [ARCHIVE, '--task', '36_cookbook.sqlite3.sample_1.pb', '--dry-run', '--set', 'limit=3']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('taskType: sqlite');
  });

  const tarAvailable = spawnSync('tar', ['--version'], { stdio: 'ignore' }).status === 0;
  it.skipIf(!tarAvailable && !REQUIRE_ALL)('reads every member layout (packed by GNU tar from valid-register.tgz\'s real members)', async () => {
    const src = tempDir('typed-members-');
    execFileSync('tar', ['xzf', artifact('valid-register.tgz'), '-C', src]);
    const t1 = '014_recipes.core.basic.basic_workflow.t1_1.pb';
    const t2 = '015_recipes.core.basic.basic_workflow.t2_1.pb';
    const wf = ['016_recipes.core.basic.basic_workflow.my_wf_2.pb', '017_recipes.core.basic.basic_workflow.my_wf_3.pb'];
    const out = tempDir('typed-archives-');
    const layout = (name: string, folder: string, files: Record<string, string>, tarArgs: string[] = ['-czf']) => {
      const root = tempDir('typed-layout-');
      mkdirSync(join(root, folder), { recursive: true });
      for (const [to, from] of Object.entries(files)) copyFileSync(join(src, from), join(root, folder, to));
      writeFileSync(join(root, folder, 'fast0123456789abcdef.tar.gz'), execFileSync('gzip', ['-c'], { input: 'print("code bundle")' }));
      const archive = join(out, name);
      const members = Object.keys(files).map((f) => (folder ? `${folder}/${f}` : f));
      execFileSync('tar', [...tarArgs, archive, '-C', root, ...members, `${folder ? folder + '/' : ''}fast0123456789abcdef.tar.gz`]);
      return archive;
    };
    const deep = `${'very-long-parent-folder/'.repeat(6)}_pb_output`;
    const archives = [
      layout('flat.tgz', '', { [t1]: t1, [t2]: t2, [wf[0]!]: wf[0]!, [wf[1]!]: wf[1]! }),
      layout('dot-core.tgz', './core/_pb_output', { [t1]: t1, [t2]: t2 }),
      layout('parent.tgz', 'my-package', { [t2]: t2, [wf[1]!]: wf[1]!, [t1]: t1 }), // unsorted
      layout('widths.tar', '', { '1_recipes.core.basic.basic_workflow.t1_1.pb': t1, '0000015_recipes.core.basic.basic_workflow.t2_1.pb': t2 }, ['-cf']),
      layout('gnu-longname.tgz', deep, { [t1]: t1 }, ['--format=gnu', '-czf']),
      layout('pax.tgz', deep, { [t1]: t1 }, ['--format=pax', '-czf']),
    ];
    // rooted: absolute member names (tar -P)
    const rootedDir = tempDir('typed-rooted-');
    copyFileSync(join(src, t1), join(rootedDir, t1));
    execFileSync('tar', ['-czPf', join(out, 'rooted.tgz'), join(rootedDir, t1)]);
    archives.push(join(out, 'rooted.tgz'));
    for (const a of archives) {
      const r = await run(out, [a, '--task', 't1', '--dry-run', '--json', '--set', 'a=1']);
      expect(r.code, `${a}: ${r.stderr}`).toBe(0);
      const plan = dryRun(r);
      expect(plan).toMatchObject({ taskType: 'python-task', id: { name: 'recipes.core.basic.basic_workflow.t1' }, inputs: { a: 1 } });
    }
  });

  it('a corrupt archive is exit 2 saying what was tried', async () => {
    const dir = setup({ 'broken.tgz': readFileSync(ARCHIVE).subarray(0, 2000) });
    const r = await run(dir, ['broken.tgz']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read broken\.tgz as a pyflyte package archive: the gzip data is corrupt/);
  });
});

describe('binary TaskSpec, TaskTemplate and Task', () => {
  it('a TaskSpec (pyflyte serialize): --dry-run prints its id, type, interface and the inputs it would send', async () => {
    const dir = setup();
    const r = await run(dir, [artifact('greet-taskspec.pb'), '--dry-run', '--json', '--set', 'am=true', '--set', 'day_of_week=Monday', '--set', 'number=9223372036854775807']);
    expect(r.code, r.stderr).toBe(0);
    const plan = dryRun(r);
    expect(plan.task).toBe('core.flyte_basics.lp.greet');
    expect(plan.id).toMatchObject({ resourceType: 'TASK', name: 'core.flyte_basics.lp.greet' });
    expect(plan.taskType).toBe('python-task');
    expect(plan.interface).toMatchObject({ inputs: { variables: { number: { type: { simple: 'INTEGER' } } } }, outputs: { variables: { o0: { type: { simple: 'STRING' } } } } });
    expect(plan.inputs).toMatchObject({ am: true, day_of_week: 'Monday' });
    // --json keeps an int64 beyond 2^53 with every digit (JSON.parse would round it)
    expect(r.stdout).toMatch(/"number": 9223372036854775807\b/);
  });

  it('a TaskTemplate and an admin.Task (as a Flyte server returns it) run too', async () => {
    const spec = codec.decode('flyteidl.admin.TaskSpec', readFileSync(artifact('greet-taskspec.pb')));
    const template = codec.encode('flyteidl.core.TaskTemplate', spec.template as object);
    const dir = setup({ 'greet-template.pb': Buffer.from(template) });
    let r = await run(dir, ['greet-template.pb', '--dry-run', '--json', '--set', 'am=false', '--set', 'day_of_week=Sunday', '--set', 'number=1']);
    expect(r.code, r.stderr).toBe(0);
    expect(dryRun(r)).toMatchObject({ taskType: 'python-task', id: { name: 'core.flyte_basics.lp.greet' } });
    r = await run(dir, [artifact('admin-task.pb'), '--json', '--set', 'numbers=[3,1,2]', '--set', 'run_local_at_count=10']);
    // the admin.Task's interface declares o0: list<INTEGER>; the fixture plugin puts {}
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { error: { code: string; message: string } };
    expect(doc.error).toMatchObject({ code: 'OutputsNotFound', message: expect.stringContaining('the plugin put no output "o0" (list<INTEGER>)') });
    expect(seen(dir)).toEqual({ numbers: { type: 'array', value: [3, 1, 2] }, run_local_at_count: { type: 'number', value: 10 } });
  });

  it('names no plugin: --plugin or the config file\'s plugins give it; without one, exit 2 says how', async () => {
    const dir = setup({ '.webapi-pluginrc.yaml': `plugins: [${JSON.stringify(PLUGIN)}]\n` });
    const r = await runCli(['run', ARCHIVE, '--task', 'my-objectstore-sensor', '--set', 'path=s3://b/k'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const bare = await runCli(['run', ARCHIVE, '--task', 'my-objectstore-sensor', '--set', 'path=s3://b/k'], { cwd: tempDir() });
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('no plugin to run the task with');
  });

  it('a file that is none of the forms is exit 2 saying what was tried; a LiteralMap given as a task says to use --inputs', async () => {
    const dir = setup({ 'junk.bin': Buffer.from([0x08, 0x96, 0x01, 0xff, 0xfe, 0x00, 0x13]) });
    let r = await run(dir, ['junk.bin']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('junk.bin is not a task this command can run: not a binary flyteidl.admin.TaskSpec, flyteidl.core.TaskTemplate or flyteidl.admin.Task');
    expect(r.stderr).toContain('tried: a task file (YAML/JSON), `flytectl get task -o json|yaml` output, a `pyflyte package` archive (.tgz/.tar)');
    r = await run(dir, [artifact('literalmap-inputs.pb.golden')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('it looks like a flyteidl.core.LiteralMap: give inputs with --inputs <file>');
  });
});

describe("flytectl's JSON and YAML", () => {
  const compiled = JSON.parse(readFileSync(artifact('objectstore-sensor-compiled-task.json'), 'utf8')) as { template: Record<string, unknown> };
  const flytectlTask = { id: { resourceType: 'TASK', project: 'flytesnacks', domain: 'development', name: 'my-objectstore-sensor', version: 'v1' }, closure: { compiledTask: compiled, createdAt: '2024-05-01T12:00:00Z' } };

  it.each([
    ['get task -o json', 'task.json', JSON.stringify(flytectlTask)],
    ['get task -o yaml', 'task.yaml', toYaml(flytectlTask)],
    ['a CompiledTask (protojson, as committed)', 'compiled.json', readFileSync(artifact('objectstore-sensor-compiled-task.json'), 'utf8')],
  ])('%s', async (_name, file, body) => {
    const dir = setup({ [file]: body });
    const r = await run(dir, [file, '--set', 'path=gs://b/o', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ outputs: { path: 'gs://b/o' } });
    const task = JSON.parse(readFileSync(join(runDir(dir), 'task.json'), 'utf8')) as { template: Record<string, unknown> };
    // protojson (camelCase, enum names, "1200s") becomes the JSON form plugins read
    expect(task.template).toMatchObject({ type: 'object-store-sensor', id: { name: 'my-objectstore-sensor' }, metadata: { timeout: '20m0s', runtime: { type: 'FLYTE_SDK' } } });
  });

  it('a list of tasks (several versions) picks with --task name:version; a bad field is exit 2 at its line', async () => {
    const v2 = { ...flytectlTask, id: { ...flytectlTask.id, version: 'v2' } };
    const dir = setup({ 'tasks.json': JSON.stringify([flytectlTask, v2], null, 2) });
    let r = await run(dir, ['tasks.json', '--dry-run', '--set', 'path=x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('holds 2 tasks: pick one with --task <name>');
    r = await run(dir, ['tasks.json', '--task', 'my-objectstore-sensor', '--dry-run', '--set', 'path=x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('or as <name>:<version>');
    r = await run(dir, ['tasks.json', '--task', 'my-objectstore-sensor:v2', '--dry-run', '--json', '--set', 'path=x']);
    expect(r.code, r.stderr).toBe(0);
    expect(dryRun(r).id).toMatchObject({ version: 'v2' });
    const bad = JSON.parse(JSON.stringify(flytectlTask)) as typeof flytectlTask;
    (bad.closure.compiledTask.template.metadata as Record<string, unknown>).timout = '1s';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad, null, 2));
    r = await run(dir, ['bad.json', '--dry-run']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/closure\.compiledTask\.template\.metadata\.timout: unknown field of TaskMetadata \(did you mean "timeout"\?\)/);
    expect(r.stderr).toMatch(/at bad\.json:\d+:\d+/);
  });

  it('--task on a plain task file is exit 2', async () => {
    const dir = setup({ 'task.yaml': 'type: typed-job\n' });
    const r = await run(dir, ['task.yaml', '--task', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--task picks one task out of a pyflyte package archive or a list of tasks');
  });
});

describe('--inputs as a LiteralMap (the golden files: x = 2, y = [val1, val2, val3])', () => {
  const task = typedTask({ inputs: { x: { simple: 'INTEGER' }, y: { collectionType: { simple: 'STRING' } } }, body: 'custom: {echo: true}\n' });
  const golden = { x: { type: 'number', value: 2 }, y: { type: 'array', value: ['val1', 'val2', 'val3'] } };

  it.each(['literalmap-inputs.pb.golden', 'literalmap-inputs.json.golden', 'literalmap-inputs.yaml.golden'])('%s', async (file) => {
    const dir = setup({ 'task.yaml': task });
    const r = await run(dir, ['task.yaml', '--inputs', artifact(file)]);
    expect(r.code, r.stderr).toBe(0);
    expect(seen(dir)).toEqual(golden);
    // inputs.pb holds the literals as given: the same LiteralMap as the golden binary
    const written = codec.decode('flyteidl.core.LiteralMap', readFileSync(join(runDir(dir), 'inputs.pb')));
    expect(written).toEqual(codec.decode('flyteidl.core.LiteralMap', readFileSync(artifact('literalmap-inputs.pb.golden'))));
  });

  it('binary on stdin (--inputs -), with a --set on top; a literal of the wrong type is exit 2', async () => {
    const dir = setup({ 'task.yaml': task, 'stdin.sh': '' });
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" run task.yaml --plugin "${PLUGIN}" --inputs - --set x=5 < "${artifact('literalmap-inputs.pb.golden')}"`], { cwd: dir, env: baseEnv(), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(seen(dir)).toEqual({ ...golden, x: { type: 'number', value: 5 } });
    const wrong = setup({ 'task.yaml': typedTask({ inputs: { x: { simple: 'STRING' }, y: { collectionType: { simple: 'STRING' } } } }) });
    const w = await run(wrong, ['task.yaml', '--inputs', artifact('literalmap-inputs.yaml.golden')]);
    expect(w.code).toBe(2);
    expect(w.stderr).toContain('input "x" expects STRING, but the LiteralMap gives INTEGER');
    expect(w.stderr).toMatch(/at .*literalmap-inputs\.yaml\.golden:\d+:\d+/);
  });
});

describe('protobuf code is loaded only when it is needed', () => {
  function modulesLoadedBy(args: string[], cwd: string): string {
    const out = join(tempDir(), 'loads.txt');
    const res = spawnSync(process.execPath, ['--import', join(REPO_ROOT, 'test/helpers/trace-loads.mjs'), BIN, ...args], { cwd, env: baseEnv({ TRACE_OUT: out }), encoding: 'utf8' });
    expect(res.status, res.stderr).toBe(0);
    return readFileSync(out, 'utf8');
  }

  it('a plain YAML --dry-run loads none; a plain run only protobufjs light (no .proto parsing, no gRPC); a .pb task the rest', () => {
    const dir = setup({ 'task.yaml': `type: typed-job\nplugin: ${PLUGIN}\ncustom: {outputs: {}}\n` });
    const dry = modulesLoadedBy(['run', 'task.yaml', '--dry-run'], dir);
    expect(dry).not.toContain('protobufjs');
    expect(dry).not.toContain('/dist/task/flyte/generated/');
    const plain = modulesLoadedBy(['run', 'task.yaml'], dir);
    expect(plain).toContain('protobufjs/light.js');
    expect(plain).not.toContain('@grpc/proto-loader');
    expect(plain).not.toContain('/dist/serve/reflect.js');
    const pb = modulesLoadedBy(['run', artifact('greet-taskspec.pb'), '--plugin', PLUGIN, '--dry-run', '--set', 'am=true', '--set', 'day_of_week=x', '--set', 'number=1'], dir);
    expect(pb).toContain('@grpc/proto-loader');
  });
});
