/**
 * `webapi-plugin run task.yaml [more.yaml ...]`: load task files and plugins, run the tasks through one
 * in-process engine, show progress on stderr, print the result on stdout, keep a run record on disk.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { Chalk } from 'chalk';
import { readPluginConfigFlags } from '../config/options.js';
import type { Engine, EngineOptions, ExecutionSpec, TaskHandle, TaskResult, TaskSpec } from '../engine/types.js';
import { EngineError } from '../engine/types.js';
import { ExitCode, InputError, SilentExit, SystemError, UsageError, CliError } from '../errors.js';
import { loadPluginModules, type PluginModuleRef } from '../loader/plugin-modules.js';
import type { Inputs } from '../plugin/context.js';
import type { PluginEntry } from '../plugin/plugin.js';
import type { TaskTemplate } from '../plugin/template.js';
import { loadRunConfig, type RunConfig } from '../task/config.js';
import { loadInputsFile, mergeInputs, splitSetArgs } from '../task/inputs.js';
import { displayPath, loadTaskFile } from '../task/parse.js';
import { declaredSecretKeys, loadEnvFiles, LocalSecretManager, registerEnvSecrets } from '../task/secrets.js';
import { executionOf, labelOf, pluginRefsOf, templateOf } from '../task/spec.js';
import { DEFAULT_RUNS_DIR, FileDataStore, FileStateStore, newRunId, resolveRunDir, RunDir, type RunRecord } from '../task/store.js';
import { DurationError, parseDuration } from '../util/duration.js';
import type { CliContext } from './context.js';
import type { CommandAction } from './commands/lazy.js';
import { reportError } from './main.js';
import { chooseMode, createDisplay, isCI } from './ui/display.js';
import { runDocument, summaryTable, type RunOutcome } from './ui/summary.js';

interface RunOptions {
  plugin?: string[];
  agent?: string;
  inputs?: string;
  secretsDir?: string;
  envFile?: string[];
  outDir?: string;
  resume?: string;
  dryRun?: boolean;
  timeout?: string;
  retries?: string;
  maxDatasetSize?: string;
  onInterrupt: 'abort' | 'detach';
  json?: boolean;
}

/** One task, ready to submit. */
interface PreparedTask {
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
  timeoutMs?: number;
  retries?: number;
  maxDatasetSizeBytes?: number;
}

type CreateEngine = (options: EngineOptions) => Engine;

async function importCreateEngine(): Promise<CreateEngine> {
  const mod = (await import('../engine/index.js')) as { createEngine: CreateEngine };
  return mod.createEngine;
}

async function agentEntry(address: string): Promise<PluginEntry> {
  let mod: { createAgentPluginEntry?: (address: string, opts?: unknown) => PluginEntry };
  try {
    const spec = '../serve/agent-plugin.js';
    mod = (await import(spec)) as typeof mod;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') {
      throw new SystemError('--agent is not available in this build (the agent client is missing)', { location: '--agent' });
    }
    throw err;
  }
  if (typeof mod.createAgentPluginEntry !== 'function') throw new SystemError('--agent is not available in this build', { location: '--agent' });
  if (!/^[^\s:]+:\d+$/.test(address) && !/^(dns|unix|ipv4|ipv6):/.test(address)) {
    throw new UsageError(`--agent expects host:port, got "${address}"`, { location: '--agent', hint: 'e.g. --agent localhost:8000' });
  }
  return mod.createAgentPluginEntry(address);
}

function parseOptions(o: RunOptions): { timeoutMs?: number; retries?: number; maxDatasetSizeBytes?: number } {
  const out: { timeoutMs?: number; retries?: number; maxDatasetSizeBytes?: number } = {};
  if (o.timeout !== undefined) {
    try {
      out.timeoutMs = parseDuration(o.timeout);
    } catch (e) {
      throw new UsageError(e instanceof DurationError ? e.message : String(e), { location: '--timeout' });
    }
    if (out.timeoutMs < 0) throw new UsageError('--timeout must not be negative', { location: '--timeout' });
  }
  if (o.retries !== undefined) {
    const n = Number(o.retries);
    if (!/^\d+$/.test(o.retries.trim()) || !Number.isSafeInteger(n)) {
      throw new UsageError(`--retries expects a whole number ≥ 0, got "${o.retries}"`, { location: '--retries' });
    }
    out.retries = n;
  }
  if (o.maxDatasetSize !== undefined) {
    const n = Number(o.maxDatasetSize);
    if (!Number.isSafeInteger(n) || n <= 0) {
      throw new UsageError(`--max-dataset-size expects a positive number of bytes, got "${o.maxDatasetSize}"`, { location: '--max-dataset-size' });
    }
    out.maxDatasetSizeBytes = n;
  }
  return out;
}

/** `--inputs -`: the whole of stdin, read once. */
function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch (err) {
    throw new InputError(`cannot read inputs from stdin: ${(err as Error).message}`, { location: '--inputs -' });
  }
}

function exitCodeOf(r: TaskResult, interrupted: boolean): number {
  switch (r.outcome) {
    case 'succeeded':
      return ExitCode.Success;
    case 'failed':
      // SYSTEM-kind failures (remote unreachable after retries, status fetches failing, the plugin's
      // system failures) are system errors; USER-kind ones, retries exhausted and timeouts are task failures.
      return r.error?.kind === 'SYSTEM' ? ExitCode.System : ExitCode.TaskFailed;
    case 'aborted':
      return interrupted ? ExitCode.Interrupted : ExitCode.TaskFailed;
    case 'detached':
      return ExitCode.Interrupted;
  }
}

function resumeCommand(t: PreparedTask, runsDir: string, ctx: CliContext): string {
  const defaultRuns = resolve(ctx.cwd, DEFAULT_RUNS_DIR);
  if (runsDir === defaultRuns) return `webapi-plugin run --resume ${t.runId}`;
  return `webapi-plugin run --resume ${displayPath(t.runDir.dir, ctx.cwd)}`;
}

const action: CommandAction<RunOptions> = async ({ args, options, command, ctx }) => {
  try {
    return await runCommand(args, options, command, ctx);
  } catch (err) {
    if (!options.json || err instanceof SilentExit) throw err;
    // --json: stdout still gets exactly one document, with the error
    const code = reportError(err, ctx);
    const e = err instanceof CliError ? { message: err.message, ...(err.location && { location: err.location }), ...(err.hint && { hint: err.hint }) } : { message: (err as Error).message, ...(err instanceof EngineError && { code: err.code }) };
    ctx.stdout.write(JSON.stringify(ctx.redactor.redactValue({ error: e, exitCode: code }), null, 2) + '\n');
    throw new SilentExit(code as ExitCode);
  }
};
export default action;

async function runCommand(args: string[], options: RunOptions, command: import('commander').Command, ctx: CliContext): Promise<number> {
  const o = parseOptions(options);
  if (options.resume !== undefined && args.length > 0) {
    throw new UsageError('--resume continues a stored run: give either task files or --resume, not both', { location: '--resume' });
  }
  if (options.resume === undefined && args.length === 0) {
    throw new UsageError('no task file given', { hint: 'usage: webapi-plugin run <task.yaml> [more.yaml ...]   (or --resume <run-id>)' });
  }

  // Environment first: dotenv files never override what is already set; FLYTE_SECRET_* are secrets.
  const injected = loadEnvFiles(options.envFile ?? [], ctx.cwd, ctx.env);
  registerEnvSecrets(ctx.env, ctx.redactor);

  const cfgFlags = readPluginConfigFlags(command);
  const sets = splitSetArgs(cfgFlags.setArgs);
  const runCfg = await loadRunConfig({
    cwd: ctx.cwd,
    env: ctx.env,
    ...(cfgFlags.configPath !== undefined && { configPath: cfgFlags.configPath }),
    flagValues: cfgFlags.flagValues,
    setArgs: sets.config,
  });
  const runsDir = resolve(ctx.cwd, options.outDir ?? runCfg.outDir ?? DEFAULT_RUNS_DIR);

  const managers = new Map<string, LocalSecretManager>();
  const secretsFor = (dir: string) => {
    let m = managers.get(dir);
    if (!m) managers.set(dir, (m = new LocalSecretManager({ env: ctx.env, secretsDir: dir, redactor: ctx.redactor })));
    return m;
  };

  const tasks =
    options.resume !== undefined
      ? [prepareResume(options, o, ctx, runsDir, secretsFor, sets.inputs.length > 0 || options.inputs !== undefined)]
      : prepareTasks(args, options, o, ctx, runsDir, runCfg, secretsFor, sets.inputs);

  // Two tasks whose remote jobs would share a generated name are refused before anything runs (exit 2).
  const clash = (await import('../engine/names.js')).findNameClash(tasks.map((t) => ({ name: t.taskFile ? displayPath(t.taskFile, ctx.cwd) : t.label, execution: t.execution, retries: t.retries ?? t.template.metadata?.retries?.retries ?? 0 })));
  if (clash) throw clash;

  // Plugins: --agent alone, or every module named by --plugin, the config file and the task files.
  const agent = options.agent ?? tasks[0]?.record?.agent;
  let entries: PluginEntry[];
  let pluginModules: string[] = [];
  if (agent) {
    entries = [await agentEntry(agent)];
  } else {
    const refs: PluginModuleRef[] = [
      ...(options.plugin ?? []).map((m) => ({ module: m, from: ctx.cwd, source: '--plugin' })),
      ...runCfg.plugins,
      ...tasks.flatMap((t) => t.pluginRefs),
    ];
    const loaded = await loadPluginModules(refs);
    entries = loaded.entries;
    pluginModules = loaded.modules.map((m) => m.resolved);
    if (entries.length === 0) {
      throw new InputError('no plugin to run the task with', {
        hint: 'name one with --plugin ./plugin.ts, `plugin: ./plugin.ts` in the task file, or `plugins:` in the config file',
      });
    }
  }

  const mode = chooseMode(ctx.stderr, ctx.env, Boolean(options.json));
  // CI logs get plain lines with no control codes at all (not even colour)
  const color = ctx.color && (mode !== 'plain' || !isCI(ctx.env));
  const display = await createDisplay(mode, {
    stream: ctx.stderr,
    color,
    redactor: ctx.redactor,
    verbose: ctx.verbose,
  });
  if (ctx.verbose && injected.length) display.notice(`loaded from env files: ${injected.join(', ')}`);

  const byId = new Map(tasks.map((t) => [t.runId, t]));
  const createEngine = await importCreateEngine();
  const engine = createEngine({
    entries,
    resolveConfig: (entry, own) => runCfg.resolveConfig(entry, own),
    attributeStrayErrors: true,
    // process-level secrets for pluginLoader (what get/delete need): the first task's secret sources
    secretManager: tasks[0]?.secrets ?? secretsFor(resolve(ctx.cwd, '.secrets')),
    stateStore: new FileStateStore(
      (taskId) => byId.get(taskId)?.runDir.dir ?? join(runsDir, taskId),
      (taskId) => byId.get(taskId)?.secrets.codec(),
    ),
  });
  const recording = new Set<string>();
  const unsubscribe = engine.on((e) => {
    display.event(e);
    const targets = 'taskId' in e ? [e.taskId] : [...recording];
    for (const id of targets) if (recording.has(id)) byId.get(id)?.runDir.appendEvent({ ...e, time: new Date(e.at).toISOString() });
  });

  try {
    if (options.dryRun) return await dryRun(tasks, engine, ctx, options, runCfg);

    for (const t of tasks) {
      display.addTask({ taskId: t.runId, label: t.label, runId: t.runId, maxAttempts: (t.retries ?? t.template.metadata?.retries?.retries ?? 0) + 1 });
      writeRecord(t, ctx, pluginModules, agent, cfgFlags.configPath, sets.config, options.envFile);
      recording.add(t.runId);
    }

    const handles: TaskHandle[] = [];
    let interrupted = false;
    let interrupts = 0;
    const onInterrupt = () => {
      interrupts++;
      if (interrupts > 1) {
        display.close();
        ctx.stderr.write(ctx.redactor.redact(`\nexiting now; the run state is on disk. Resume with: ${tasks.map((t) => resumeCommand(t, runsDir, ctx)).join(' ; ')}\n`));
        hardExit(ExitCode.Interrupted);
      }
      interrupted = true;
      if (options.onInterrupt === 'detach') {
        display.notice('interrupted: detaching; the remote job keeps running', 'warn');
        for (const h of handles) h.detach();
      } else {
        display.notice('interrupted: aborting (deleting the remote job)… press Ctrl-C again to exit at once', 'warn');
        for (const h of handles) h.abort('interrupted by user');
      }
    };
    const offSignals = [ctx.onSignal('SIGINT', onInterrupt), ctx.onSignal('SIGTERM', onInterrupt)];
    // A plugin's stray rejection or throw ends its task (SYSTEM failure, job deleted), not the process.
    const onStray = (e: unknown) => display.notice(`a plugin error escaped its call: ${e instanceof Error ? e.message : String(e)} (ended: ${engine.failStray(e).join(', ') || 'no running task'})`, 'error');
    for (const ev of ['unhandledRejection', 'uncaughtException'] as const) {
      process.on(ev, onStray);
      offSignals.push(() => process.off(ev, onStray));
    }

    const outcomes: RunOutcome[] = [];
    // Keep the process alive while tasks run: a plugin awaiting a promise that never settles (and no
    // timer pending) must not let Node drain the event loop and exit 0 in the middle of a run.
    const keepAlive = setInterval(() => {}, 1 << 30);
    try {
      for (const t of tasks) handles.push(engine.submit(toSpec(t), t.resume ? { resume: true } : {}));
      const settled = await Promise.allSettled(handles.map((h) => h.result));
      display.close();
      settled.forEach((s, i) => {
        const t = tasks[i]!;
        const base = { runId: t.runId, label: t.label, runDir: displayPath(t.runDir.dir, ctx.cwd), ...(t.taskFile && { taskFile: displayPath(t.taskFile, ctx.cwd) }) };
        if (s.status === 'fulfilled') {
          const exitCode = exitCodeOf(s.value, interrupted);
          outcomes.push({ ...base, exitCode, result: s.value });
          finishRecord(t, s.value, exitCode);
        } else {
          const exitCode = options.json ? silentExitCode(s.reason, ctx) : reportError(s.reason, ctx);
          if (options.json) display.notice(ctx.redactor.redact((s.reason as Error).message), 'error', t.runId);
          const err = s.reason as Error & { code?: string };
          outcomes.push({ ...base, exitCode, setupError: { code: err instanceof EngineError ? err.code : err.name, message: err.message } });
          t.runDir.updateRecord({ status: 'error', exitCode, finishedAt: new Date().toISOString() });
          t.runDir.writeJson('error.json', { error: { code: err instanceof EngineError ? err.code : err.name, message: err.message, kind: 'SYSTEM' } });
        }
      });
    } finally {
      clearInterval(keepAlive);
      display.close();
      for (const off of offSignals) off();
    }

    return report(outcomes, tasks, ctx, options, runsDir, color);
  } finally {
    display.close();
    unsubscribe();
    await engine.shutdown();
  }
}

/** The exit code the error boundary would give `err`, without printing it. */
function silentExitCode(err: unknown, ctx: CliContext): number {
  const quiet = { write: () => true } as unknown as NodeJS.WriteStream;
  return reportError(err, { ...ctx, stderr: quiet, verbose: false });
}

/** Second Ctrl-C: leave now. The state is already on disk (every step is saved atomically). */
function hardExit(code: number): never {
  process.exit(code);
}

function toSpec(t: PreparedTask): TaskSpec {
  const spec: TaskSpec = {
    taskId: t.runId,
    template: t.template,
    inputs: t.inputs,
    execution: t.execution,
    secretManager: t.secrets,
    dataStore: new FileDataStore(t.runDir.dir, undefined),
    attemptPaths: (attempt) => t.runDir.attemptPaths(attempt),
  };
  if (t.timeoutMs !== undefined) spec.timeoutMs = t.timeoutMs;
  if (t.retries !== undefined) spec.retries = t.retries;
  if (t.maxDatasetSizeBytes !== undefined) spec.maxDatasetSizeBytes = t.maxDatasetSizeBytes;
  return spec;
}

function prepareTasks(
  files: string[],
  options: RunOptions,
  o: { timeoutMs?: number; retries?: number; maxDatasetSizeBytes?: number },
  ctx: CliContext,
  runsDir: string,
  runCfg: RunConfig,
  secretsFor: (dir: string) => LocalSecretManager,
  inputSets: ReturnType<typeof splitSetArgs>['inputs'],
): PreparedTask[] {
  const fromFile = options.inputs !== undefined ? loadInputsFile(options.inputs, ctx.cwd, readStdin) : undefined;
  const taken = new Set<string>();
  // every file is validated before anything runs
  const loaded = files.map((f) => loadTaskFile(f, ctx.cwd));
  return loaded.map(({ source, task }) => {
    const label = labelOf(task, source.path);
    const runId = newRunId(task.execution?.name ?? label, (id) => taken.has(id) || existsSync(join(runsDir, id)));
    taken.add(runId);
    const secretsDir = options.secretsDir !== undefined ? resolve(ctx.cwd, options.secretsDir) : (runCfg.secretsDir ?? join(dirname(source.path), '.secrets'));
    const t: PreparedTask = {
      runId,
      label,
      taskFile: source.path,
      template: templateOf(task),
      execution: executionOf(task, runId),
      inputs: mergeInputs({ ...(task.inputs && { fromTask: task.inputs }), ...(fromFile && { fromFile }), sets: inputSets }),
      pluginRefs: pluginRefsOf(task).map((m) => ({ module: m, from: source.path, source: `plugin: in ${source.display}` })),
      secrets: secretsFor(secretsDir),
      resume: false,
      runDir: new RunDir(join(runsDir, runId), runId, ctx.redactor),
    };
    if (o.timeoutMs !== undefined) t.timeoutMs = o.timeoutMs;
    if (o.retries !== undefined) t.retries = o.retries;
    if (o.maxDatasetSizeBytes !== undefined) t.maxDatasetSizeBytes = o.maxDatasetSizeBytes;
    return t;
  });
}

function prepareResume(
  options: RunOptions,
  o: { timeoutMs?: number; retries?: number; maxDatasetSizeBytes?: number },
  ctx: CliContext,
  runsDir: string,
  secretsFor: (dir: string) => LocalSecretManager,
  inputsGiven: boolean,
): PreparedTask {
  if (inputsGiven) throw new UsageError('--resume continues with the stored inputs: --inputs and input --set cannot be combined with it', { location: '--resume' });
  const dir = resolveRunDir(options.resume!, runsDir, ctx.cwd);
  const runId = dir.split(/[\\/]/).pop()!;
  const runDir = new RunDir(dir, runId, ctx.redactor);
  const record = runDir.readJson<RunRecord>('run.json');
  const stored = runDir.readJson<{ template: TaskTemplate; execution: ExecutionSpec }>('task.json');
  if (!record || !stored) {
    throw new InputError(`no run to resume at ${displayPath(dir, ctx.cwd)}`, {
      location: '--resume',
      hint: `give a run id from ${displayPath(runsDir, ctx.cwd)} or the path of a run directory`,
    });
  }
  const inputs = runDir.readJson<Inputs>('inputs.json') ?? {};
  const secretsDir = options.secretsDir !== undefined ? resolve(ctx.cwd, options.secretsDir) : record.secretsDir;
  const t: PreparedTask = {
    runId: record.runId,
    label: record.label,
    template: stored.template,
    execution: stored.execution,
    inputs,
    pluginRefs: options.plugin?.length ? [] : record.pluginModules.map((m) => ({ module: m, from: record.cwd, source: `run record ${displayPath(runDir.path('run.json'), ctx.cwd)}` })),
    secrets: secretsFor(secretsDir),
    resume: true,
    record,
    runDir,
  };
  if (record.taskFile) t.taskFile = record.taskFile;
  const timeoutMs = o.timeoutMs ?? record.timeoutMs;
  const retries = o.retries ?? record.retries;
  const maxDatasetSizeBytes = o.maxDatasetSizeBytes ?? record.maxDatasetSizeBytes;
  if (timeoutMs !== undefined) t.timeoutMs = timeoutMs;
  if (retries !== undefined) t.retries = retries;
  if (maxDatasetSizeBytes !== undefined) t.maxDatasetSizeBytes = maxDatasetSizeBytes;
  return t;
}

function writeRecord(t: PreparedTask, ctx: CliContext, pluginModules: string[], agent: string | undefined, configPath: string | undefined, configSets: string[], envFiles: string[] | undefined): void {
  if (t.resume) {
    t.runDir.updateRecord({ status: 'running' });
    return;
  }
  const record: RunRecord = {
    version: 1,
    runId: t.runId,
    label: t.label,
    createdAt: new Date().toISOString(),
    cwd: ctx.cwd,
    pluginModules,
    secretsDir: t.secrets.secretsDir,
    status: 'running',
  };
  if (t.taskFile) record.taskFile = t.taskFile;
  if (agent) record.agent = agent;
  if (configPath) record.configPath = resolve(ctx.cwd, configPath);
  if (configSets.length) record.configSets = configSets;
  if (envFiles?.length) record.envFiles = envFiles.map((f) => resolve(ctx.cwd, f));
  if (t.timeoutMs !== undefined) record.timeoutMs = t.timeoutMs;
  if (t.retries !== undefined) record.retries = t.retries;
  if (t.maxDatasetSizeBytes !== undefined) record.maxDatasetSizeBytes = t.maxDatasetSizeBytes;
  t.runDir.writeJson('run.json', record);
  t.runDir.writeJson('task.json', { template: t.template, execution: t.execution });
  t.runDir.writeJson('inputs.json', t.inputs);
}

function finishRecord(t: PreparedTask, r: TaskResult, exitCode: number): void {
  if (r.outcome === 'succeeded') t.runDir.writeJson('outputs.json', r.outputs ?? {});
  if (r.error) t.runDir.writeJson('error.json', { error: { ...r.error, phase: r.phase } });
  t.runDir.updateRecord({ status: r.outcome, exitCode, finishedAt: new Date(r.finishedAt).toISOString() });
}

function report(outcomes: RunOutcome[], tasks: PreparedTask[], ctx: CliContext, options: RunOptions, runsDir: string, color: boolean): number {
  const worst = outcomes.reduce((m, x) => Math.max(m, x.exitCode), 0);
  const red = (s: string) => ctx.redactor.redact(s);
  const c = new Chalk({ level: color ? 1 : 0 });
  if (options.json) {
    const docs = outcomes.map(runDocument);
    const doc = docs.length === 1 ? docs[0] : { tasks: docs, exitCode: worst };
    ctx.stdout.write(JSON.stringify(ctx.redactor.redactValue(doc), null, 2) + '\n');
  } else {
    const ok = outcomes.filter((x) => x.result?.outcome === 'succeeded');
    if (outcomes.length === 1 && ok.length === 1) ctx.stdout.write(red(toYaml(ok[0]!.result!.outputs ?? {})));
    else if (ok.length > 0) ctx.stdout.write(red(toYaml(Object.fromEntries(ok.map((x) => [x.label, x.result!.outputs ?? {}])))));
    if (outcomes.length > 1) ctx.stderr.write('\n' + red(summaryTable(outcomes, c)));
  }
  tasks.forEach((t, i) => {
    const out = outcomes[i]!;
    if (out.result?.outcome === 'detached') {
      const line = `detached ${t.label}: the remote job keeps running. Resume with: ${resumeCommand(t, runsDir, ctx)}`;
      ctx.stderr.write(options.json ? JSON.stringify({ type: 'notice', level: 'info', message: red(line), taskId: t.runId }) + '\n' : red(line) + '\n');
    }
  });
  if (!options.json) {
    const where = tasks.length === 1 ? displayPath(tasks[0]!.runDir.dir, ctx.cwd) : `${displayPath(runsDir, ctx.cwd)}/<run id>`;
    ctx.stderr.write(c.dim(`run record${tasks.length === 1 ? '' : 's'}: ${where}`) + '\n');
  }
  return worst;
}

async function dryRun(tasks: PreparedTask[], engine: Engine, ctx: CliContext, options: RunOptions, runCfg: RunConfig): Promise<number> {
  const plans = [];
  for (const t of tasks) {
    const resolved = await engine.resolve(t.template.type);
    const secrets = [];
    for (const key of declaredSecretKeys(t.template.securityContext?.secrets)) {
      const p = await t.secrets.probe(key);
      secrets.push({ key, found: p.found === 'env' ? `env ${p.tried.env}` : p.found === 'file' ? `file ${displayPath(p.tried.file, ctx.cwd)}` : false, ...(p.found === false && { tried: [`env ${p.tried.env}`, `file ${p.tried.file}`] }) });
    }
    plans.push({
      task: t.label,
      ...(t.taskFile && { taskFile: displayPath(t.taskFile, ctx.cwd) }),
      taskType: t.template.type,
      plugin: resolved.entry.id,
      ...(runCfg.configFile && { configFile: displayPath(runCfg.configFile, ctx.cwd) }),
      config: resolved.config,
      execution: t.execution,
      timeout: t.timeoutMs !== undefined ? `${t.timeoutMs}ms` : (t.template.metadata?.timeout ?? 'none'),
      retries: t.retries ?? t.template.metadata?.retries?.retries ?? 0,
      inputs: t.inputs,
      ...(secrets.length && { secrets }),
    });
  }
  const doc = plans.length === 1 ? plans[0] : { tasks: plans };
  const text = options.json ? JSON.stringify(doc, null, 2) + '\n' : toYaml(doc);
  ctx.stdout.write(ctx.redactor.redact(text));
  if (!options.json) ctx.stderr.write('dry run: nothing was sent to a remote service and no run record was written\n');
  return ExitCode.Success;
}
