/**
 * From task files (or a stored run, for --resume) to tasks ready to submit: template, execution
 * metadata, merged inputs, plugin references, secrets and the run directory. Every task file is read
 * and checked before anything runs. Also the warnings: inputs that look misspelt (`--set nmae=Ada`), a
 * task without `custom` (Flyte 2 fails such a connector task).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ExecutionSpec } from '../../engine/types.js';
import type { PluginModuleRef } from '../../loader/plugin-modules.js';
import type { Inputs } from '../../plugin/context.js';
import type { TaskTemplate } from '../../plugin/template.js';
import { displayPath, readFdCapped, UnreadableInput } from '../../source/read.js';
import type { RunConfig } from '../../task/config.js';
import { TaskInputError } from '../../task/errors.js';
import { loadInputsFile, mergeInputs, misspeltSetInputs, type SetArg } from '../../task/inputs.js';
import { loadTaskFile } from '../../task/parse.js';
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
function readStdin(): string {
  try {
    return readFdCapped(0).toString('utf8');
  } catch (err) {
    const why = err instanceof UnreadableInput ? `it holds ${err.message}` : (err as Error).message;
    throw new TaskInputError({ message: `cannot read inputs from stdin: ${why}`, location: '--inputs -' }, 'inputs');
  }
}

function withLimits(t: PreparedTask, limits: Limits): PreparedTask {
  if (limits.timeoutMs !== undefined) t.timeoutMs = limits.timeoutMs;
  if (limits.retries !== undefined) t.retries = limits.retries;
  if (limits.maxDatasetSizeBytes !== undefined) t.maxDatasetSizeBytes = limits.maxDatasetSizeBytes;
  return t;
}

/** The tasks of the given files, and a warning for each `--set` input that looks like a misspelt input of its task. */
export function prepareTasks(
  files: readonly string[],
  ctx: PrepareContext,
  runCfg: RunConfig,
  secretsFor: (dir: string) => LocalSecretManager,
  inputSets: readonly SetArg[],
): { tasks: PreparedTask[]; warnings: string[] } {
  const { options, cwd, runsDir } = ctx;
  const fromFile = options.inputs !== undefined ? loadInputsFile(options.inputs, cwd, readStdin) : undefined;
  const taken = new Set<string>();
  // every file is validated before anything runs
  const loaded = files.map((f) => loadTaskFile(f, cwd));
  const warnings = new Set<string>();
  const tasks = loaded.map(({ source, task }) => {
    const label = labelOf(task, source.path);
    const known = [...Object.keys(task.inputs ?? {}), ...Object.keys(fromFile ?? {}), ...Object.keys(task.interface?.inputs?.variables ?? {})];
    for (const m of misspeltSetInputs(inputSets, known)) {
      warnings.add(`--set ${m.arg}: ${label} has no input "${m.name}"; did you mean "${m.suggestion}"? (it is passed as a new input "${m.name}")`);
    }
    if (task.custom === undefined) warnings.add(`${source.display}: no \`custom\` — Flyte 2 fails a connector task whose template has none; add \`custom: {}\``);
    const runId = newRunId(task.execution?.name ?? label, (id) => taken.has(id) || existsSync(join(runsDir, id)));
    taken.add(runId);
    const secretsDir = options.secretsDir !== undefined ? resolve(cwd, options.secretsDir) : (runCfg.secretsDir ?? join(dirname(source.path), '.secrets'));
    return withLimits(
      {
        runId,
        label,
        taskFile: source.path,
        template: templateOf(task),
        execution: executionOf(task, runId),
        inputs: mergeInputs({ ...(task.inputs && { fromTask: task.inputs }), ...(fromFile && { fromFile }), sets: inputSets }),
        pluginRefs: pluginRefsOf(task).map((m) => ({ module: m, from: source.path, source: `plugin: in ${source.display}`, cwd })),
        secrets: secretsFor(secretsDir),
        resume: false,
        runDir: new RunDir(join(runsDir, runId), runId, ctx.redactor),
      },
      ctx.limits,
    );
  });
  return { tasks, warnings: [...warnings] };
}

/** The task of a stored run (--resume), with its stored template, inputs and limits. */
export function prepareResume(ctx: PrepareContext, secretsFor: (dir: string) => LocalSecretManager, inputsGiven: boolean): PreparedTask {
  const { options, cwd, runsDir } = ctx;
  if (inputsGiven) throw new UsageError('--resume continues with the stored inputs: --inputs and input --set cannot be combined with it', { location: '--resume' });
  const dir = resolveRunDir(options.resume!, runsDir, cwd);
  const runId = dir.split(/[\\/]/).pop()!;
  const runDir = new RunDir(dir, runId, ctx.redactor);
  const { record, template, execution, inputs } = readStoredRun(dir, cwd, runsDir);
  // one run, one owner: refused (exit 2) while the process that runs it is alive
  const lock = lockRunDir(dir, cwd, record.runId);
  const secretsDir = options.secretsDir !== undefined ? resolve(cwd, options.secretsDir) : record.secretsDir;
  const t: PreparedTask = {
    runId: record.runId,
    label: record.label,
    template,
    execution,
    inputs,
    pluginRefs: options.plugin?.length ? [] : record.pluginModules.map((m) => ({ module: m, from: record.cwd, source: `run record ${displayPath(runDir.path('run.json'), cwd)}`, cwd })),
    secrets: secretsFor(secretsDir),
    resume: true,
    record,
    runDir,
    lock,
  };
  if (record.taskFile) t.taskFile = record.taskFile;
  return withLimits(t, {
    ...((ctx.limits.timeoutMs ?? record.timeoutMs) !== undefined && { timeoutMs: ctx.limits.timeoutMs ?? record.timeoutMs }),
    ...((ctx.limits.retries ?? record.retries) !== undefined && { retries: ctx.limits.retries ?? record.retries }),
    ...((ctx.limits.maxDatasetSizeBytes ?? record.maxDatasetSizeBytes) !== undefined && { maxDatasetSizeBytes: ctx.limits.maxDatasetSizeBytes ?? record.maxDatasetSizeBytes }),
  });
}
