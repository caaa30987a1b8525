/**
 * From task files (or a stored run, for --resume) to tasks ready to submit: template, execution
 * metadata, inputs checked against the declared interface, plugin references, secrets and the run
 * directory. Every file is read and checked before anything runs. A file is one of our task files or
 * a task Flyte's tools wrote (src/task/flyte/task-files.ts; it names no plugin and holds no inputs).
 * Also the warnings: inputs of untyped tasks that look misspelt (`--set nmae=Ada`), a task without
 * `custom` (Flyte 2 fails such a connector task).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ExecutionSpec, OutputsCheck } from '../../engine/types.js';
import { literalMapToValues, type ProtoLiteral } from '../../literals/index.js';
import type { PluginModuleRef } from '../../loader/plugin-modules.js';
import type { Inputs, Outputs } from '../../plugin/context.js';
import type { TaskTemplate } from '../../plugin/template.js';
import { displayPath, readFdCapped, UnreadableInput } from '../../source/read.js';
import type { Problem } from '../../source/problem.js';
import type { YamlSource } from '../../source/yaml.js';
import type { RunConfig } from '../../task/config.js';
import { TaskInputError } from '../../task/errors.js';
import { type ConnectionSpec, connectionSpecOf, InvalidConnectionError } from '../../serve/v2/agent-connection.js';
import type { FlyteCodec } from '../../task/flyte/codec.js';
import { TypedRunDir } from '../../task/flyte/datastore.js';
import { loadInputsFile, type InputsFile } from '../../task/flyte/inputs-file.js';
import { readFlyteTaskFile } from '../../task/flyte/task-files.js';
import { misspeltSetInputs, type SetArg } from '../../task/inputs.js';
import { type Locate, readDefaultInputs, readInterface, type TaskInterface, typeInputs } from '../../task/interface.js';
import { loadTaskFile } from '../../task/parse.js';
import type { TaskFile } from '../../task/schema.js';
import { LocalSecretManager } from '../../task/secrets.js';
import { executionOf, labelOf, pluginRefsOf, templateOf } from '../../task/spec.js';
import { lockRunDir, type RunLock } from '../../task/lock.js';
import { readStoredRun } from '../../task/resume.js';
import { newRunId, resolveRunDir, RunDir, type RunRecord } from '../../task/store.js';
import { UsageError } from '../../errors.js';
import type { Redactor } from '../../util/redact.js';
import type { Limits, RunOptions } from './options.js';

/** One task, ready to submit. */
export interface PreparedTask extends Limits {
  runId: string;
  label: string;
  taskFile?: string;
  template: TaskTemplate;
  execution: ExecutionSpec;
  inputs: Inputs;
  pluginRefs: PluginModuleRef[];
  secrets: LocalSecretManager;
  resume: boolean;
  record?: RunRecord;
  runDir: RunDir;
  /** This process's lock on the run directory, once taken. */
  lock?: RunLock;
  /** The interface check of what the plugin puts (the engine's TaskSpec.checkOutputs). */
  checkOutputs?: (outputs: Outputs | undefined) => OutputsCheck;
  /** Resolves when Flyte's datastore files can be written: await it before runDir.finish. */
  datastoreReady?: () => Promise<void>;
  /** Flyte 2's connection, as the backend builds it from the template (custom.secrets, custom.configs). */
  connection?: ConnectionSpec;
}

export interface PrepareContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  redactor: Redactor;
  runsDir: string;
  options: RunOptions;
  limits: Limits;
}

/** One LocalSecretManager per secrets directory (tasks in one directory share their secrets). */
export function secretManagers(ctx: Pick<PrepareContext, 'env' | 'redactor'>): (dir: string) => LocalSecretManager {
  const managers = new Map<string, LocalSecretManager>();
  return (dir) => {
    let m = managers.get(dir);
    if (!m) managers.set(dir, (m = new LocalSecretManager({ env: ctx.env, secretsDir: dir, redactor: ctx.redactor })));
    return m;
  };
}

/** `--inputs -`: the whole of stdin, read once (16 MiB at most: `< /dev/zero` is not read forever). */
function readStdin(): Buffer {
  try {
    return readFdCapped(0);
  } catch (err) {
    const why = err instanceof UnreadableInput ? `it holds ${err.message}` : (err as Error).message;
    throw new TaskInputError({ message: `cannot read inputs from stdin: ${why}`, location: '--inputs -' }, 'inputs');
  }
}

/**
 * The connection Flyte 2's backend would send with this task (custom.secrets, custom.configs,
 * securityContext.secrets): the plugin gets the same `connectionConfigs` and connection secrets locally.
 * A `custom` that is no connection (say, a list under `secrets`) is fine on Flyte 1: the task runs
 * without one, and `warn` says that Flyte 2 could not read it.
 */
function withConnection(t: PreparedTask, location: string, warn?: (message: string) => void): PreparedTask {
  try {
    const spec = connectionSpecOf(t.template);
    if (spec) t.connection = spec;
  } catch (err) {
    if (!(err instanceof InvalidConnectionError)) throw err;
    warn?.(`${location}: Flyte 2 could not read the task's connection: ${err.problem}; it runs without one (custom.secrets maps a connection key to a secret name, custom.configs holds plain strings)`);
  }
  return t;
}

function withLimits(t: PreparedTask, limits: Limits): PreparedTask {
  if (limits.timeoutMs !== undefined) t.timeoutMs = limits.timeoutMs;
  if (limits.retries !== undefined) t.retries = limits.retries;
  if (limits.maxDatasetSizeBytes !== undefined) t.maxDatasetSizeBytes = limits.maxDatasetSizeBytes;
  return t;
}

/** A task file as read: ours (with its located source) or Flyte's (a template only). */
interface LoadedRunFile {
  path: string;
  display: string;
  task: TaskFile;
  template: TaskTemplate;
  source?: YamlSource;
  /** A Flyte file: where the task came from. */
  flyte?: string;
}

/** pyflyte leaves `{{ registration.project }}` in ids it has not registered: not a project to run under. */
const placeholder = (v: unknown) => typeof v === 'string' && v.includes('{{');

async function loadRunFile(file: string, cwd: string, select: string | undefined): Promise<LoadedRunFile> {
  const path = resolve(cwd, file);
  const display = displayPath(path, cwd);
  const flyte = await readFlyteTaskFile(file, cwd, select);
  if (flyte) {
    const id = Object.fromEntries(Object.entries(flyte.template.id ?? {}).filter(([, v]) => !placeholder(v)));
    const task = { type: flyte.template.type, id } as TaskFile;
    return { path, display, task, template: flyte.template, flyte: flyte.origin };
  }
  const { source, task } = loadTaskFile(file, cwd);
  return { path, display, task, template: templateOf(task), source };
}

/** Where a problem in a template is shown: at its line in our task files, at the file for Flyte's. */
function locator(f: Pick<LoadedRunFile, 'source' | 'display'>): Locate {
  return (path, message, hint): Problem => (f.source ? f.source.problem(path, message, { which: 'value', ...(hint && { hint }) }) : { message, location: f.display, ...(hint && { hint }) });
}

/** The declared interface and the inputs checked against it. */
async function typedTask(f: LoadedRunFile, fromFile: InputsFile | undefined, sets: readonly SetArg[]) {
  const declared = readInterface(f.template, locator(f));
  const parameters = await readDefaultInputs(f.task.defaultInputs, f.source, declared.inputs);
  const iface: TaskInterface = { ...declared, parameters };
  const typed = typeInputs({
    iface,
    ...(f.source && { taskFile: { values: f.task.inputs ?? {}, source: f.source } }),
    ...(fromFile && { file: fromFile }),
    sets,
    location: f.display,
  });
  return { iface, ...typed };
}

/** The protobuf codec of Flyte's datastore files, loading while the run starts (a dry run writes none). */
function loadCodec(dryRun: boolean | undefined): Promise<FlyteCodec> | undefined {
  if (dryRun) return undefined;
  return import('../../task/flyte/codec.js').then((m) => m.flyteCodec());
}

function runDirOf(dir: string, runId: string, redactor: Redactor, codec: Promise<FlyteCodec> | undefined, iface: TaskInterface, inputLiterals: Record<string, ProtoLiteral>) {
  if (!codec) return { runDir: new RunDir(dir, runId, redactor) };
  const runDir = new TypedRunDir(dir, runId, redactor, { codec, inputLiterals, ...(iface.outputs && { outputTypes: iface.outputs }) });
  return { runDir, checkOutputs: runDir.checkOutputs, datastoreReady: () => runDir.ready() };
}

/** The tasks of the given files, and a warning for each `--set` input that looks like a misspelt input of an untyped task. */
export async function prepareTasks(
  files: readonly string[],
  ctx: PrepareContext,
  runCfg: RunConfig,
  secretsFor: (dir: string) => LocalSecretManager,
  inputSets: readonly SetArg[],
): Promise<{ tasks: PreparedTask[]; warnings: string[] }> {
  const { options, cwd, runsDir } = ctx;
  const codec = loadCodec(options.dryRun);
  const fromFile = options.inputs !== undefined ? await loadInputsFile(options.inputs, cwd, readStdin) : undefined;
  // every file is read and checked before anything runs
  const loaded: LoadedRunFile[] = [];
  for (const f of files) loaded.push(await loadRunFile(f, cwd, options.task));
  if (options.task !== undefined && loaded.every((f) => !f.flyte)) {
    throw new UsageError('--task picks one task out of a pyflyte package archive or a list of tasks (flytectl get task output); none of the files given is one', { location: '--task' });
  }
  const typed: Awaited<ReturnType<typeof typedTask>>[] = [];
  for (const f of loaded) typed.push(await typedTask(f, fromFile, inputSets));
  const taken = new Set<string>();
  const warnings = new Set<string>();
  const tasks = loaded.map((f, i) => {
    const { iface, values, literals } = typed[i]!;
    const label = f.flyte ? (f.task.id?.name ?? basename(f.path)) : labelOf(f.task, f.path);
    if (!iface.inputs) {
      const known = [...Object.keys(f.task.inputs ?? {}), ...(fromFile?.kind === 'values' ? Object.keys(fromFile.values) : fromFile ? Object.keys(fromFile.literals) : [])];
      for (const m of misspeltSetInputs(inputSets, known)) {
        warnings.add(`--set ${m.arg}: ${label} has no input "${m.name}"; did you mean "${m.suggestion}"? (it is passed as a new input "${m.name}")`);
      }
    }
    if (f.template.custom === undefined) warnings.add(`${f.display}: no \`custom\` — Flyte 2 fails a connector task whose template has none; add \`custom: {}\``);
    const runId = newRunId(f.task.execution?.name ?? label, (id) => taken.has(id) || existsSync(join(runsDir, id)));
    taken.add(runId);
    const secretsDir = options.secretsDir !== undefined ? resolve(cwd, options.secretsDir) : (runCfg.secretsDir ?? join(dirname(f.path), '.secrets'));
    const t = withLimits(
      {
        runId,
        label,
        taskFile: f.path,
        template: f.template,
        execution: executionOf(f.task, runId),
        inputs: values,
        pluginRefs: pluginRefsOf(f.task).map((m) => ({ module: m, from: f.path, source: `plugin: in ${f.display}`, cwd })),
        secrets: secretsFor(secretsDir),
        resume: false,
        ...runDirOf(join(runsDir, runId), runId, ctx.redactor, codec, iface, literals),
      },
      ctx.limits,
    );
    return withConnection(t, f.display, (w) => warnings.add(w));
  });
  return { tasks, warnings: [...warnings] };
}

/** The task of a stored run (--resume), with its stored template, inputs (inputs.pb when typed) and limits. */
export async function prepareResume(ctx: PrepareContext, secretsFor: (dir: string) => LocalSecretManager, inputsGiven: boolean): Promise<PreparedTask> {
  const { options, cwd, runsDir } = ctx;
  if (inputsGiven) throw new UsageError('--resume continues with the stored inputs: --inputs and input --set cannot be combined with it', { location: '--resume' });
  const dir = resolveRunDir(options.resume!, runsDir, cwd);
  const runId = dir.split(/[\\/]/).pop()!;
  // one run, one owner: refused (exit 2) while the process that runs it is alive
  const { record, template, execution, inputs: storedInputs } = readStoredRun(dir, cwd, runsDir);
  const lock = lockRunDir(dir, cwd, record.runId);
  const iface = readInterface(template, (_path, message, hint) => ({ message, location: displayPath(join(dir, 'task.json'), cwd), ...(hint && { hint }) }));
  const codec = loadCodec(options.dryRun);
  let inputs = storedInputs;
  let literals: Record<string, ProtoLiteral> = {};
  if (iface.inputs && existsSync(join(dir, 'inputs.pb'))) {
    // inputs.pb is exact (int64 beyond 2^53, bytes, datetimes): a typed task resumes from it
    const file = join(dir, 'inputs.pb');
    const decoder = await (codec ?? loadCodec(false)!);
    try {
      literals = ((decoder.decode('flyteidl.core.LiteralMap', readFileSync(file)) as { literals?: Record<string, ProtoLiteral> }).literals ?? {});
      inputs = literalMapToValues({ literals }, 'inputs');
    } catch (err) {
      throw new TaskInputError({ message: `run record file ${displayPath(file, cwd)} is not a LiteralMap: ${(err as Error).message}`, location: displayPath(file, cwd), hint: 'it was changed or truncated after the run started; start the task again instead of resuming it' }, 'run record');
    }
  }
  const secretsDir = options.secretsDir !== undefined ? resolve(cwd, options.secretsDir) : record.secretsDir;
  const t: PreparedTask = {
    runId: record.runId,
    label: record.label,
    template,
    execution,
    inputs,
    pluginRefs: options.plugin?.length ? [] : record.pluginModules.map((m) => ({ module: m, from: record.cwd, source: `run record ${displayPath(join(dir, 'run.json'), cwd)}`, cwd })),
    secrets: secretsFor(secretsDir),
    resume: true,
    record,
    lock,
    ...runDirOf(dir, runId, ctx.redactor, codec, { ...iface, parameters: {} }, literals),
  };
  if (record.taskFile) t.taskFile = record.taskFile;
  withConnection(t, displayPath(join(dir, 'task.json'), cwd));
  return withLimits(t, {
    ...((ctx.limits.timeoutMs ?? record.timeoutMs) !== undefined && { timeoutMs: ctx.limits.timeoutMs ?? record.timeoutMs }),
    ...((ctx.limits.retries ?? record.retries) !== undefined && { retries: ctx.limits.retries ?? record.retries }),
    ...((ctx.limits.maxDatasetSizeBytes ?? record.maxDatasetSizeBytes) !== undefined && { maxDatasetSizeBytes: ctx.limits.maxDatasetSizeBytes ?? record.maxDatasetSizeBytes }),
  });
}
