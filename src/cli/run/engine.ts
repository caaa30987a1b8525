/**
 * `run`'s engine wiring: one in-process engine for all tasks (their plugins, config layers, secrets
 * and the on-disk state store), every engine event to the display and to the run records, Ctrl-C
 * (abort or detach; a second one exits at once), and the wait for every task to settle. Process-level
 * handlers that belong to a running engine go here too.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Engine, EngineEvent, EngineOptions, TaskHandle, TaskResult, TaskSpec } from '../../engine/types.js';
import { EngineError } from '../../engine/types.js';
import { ExitCode, SystemError } from '../../errors.js';
import type { PluginEntry } from '../../plugin/plugin.js';
import { displayPath } from '../../source/read.js';
import type { RunConfig } from '../../task/config.js';
import type { LocalSecretManager } from '../../task/secrets.js';
import { FileDataStore, FileStateStore } from '../../task/store.js';
import { errorDocument, exitCodeOf, reportError } from '../boundary.js';
import type { CliContext } from '../context.js';
import type { Display } from '../ui/display.js';
import type { RunOutcome } from '../ui/summary.js';
import type { RunOptions } from './options.js';
import type { PreparedTask } from './prepare.js';
import { resumeCommand } from './report.js';

type CreateEngine = (options: EngineOptions) => Engine;

export interface RunEngine {
  engine: Engine;
  /** Start writing a task's events to its run record (after the record exists). */
  record(taskId: string): void;
  /** The generated name of a task's remote job that exists and has not ended (as far as the events say). */
  liveJob(taskId: string): string | undefined;
  close(): Promise<void>;
}

export interface RunEngineOptions {
  entries: PluginEntry[];
  runCfg: RunConfig;
  tasks: PreparedTask[];
  runsDir: string;
  secretsFor: (dir: string) => LocalSecretManager;
  display: Display;
  ctx: CliContext;
}

export async function createRunEngine(o: RunEngineOptions): Promise<RunEngine> {
  const { createEngine } = (await import('../../engine/index.js')) as { createEngine: CreateEngine };
  const byId = new Map(o.tasks.map((t) => [t.runId, t]));
  const engine = createEngine({
    entries: o.entries,
    resolveConfig: (entry, own) => o.runCfg.resolveConfig(entry, own),
    // plugin calls run in an async context, so a stray rejection or throw can be pinned on its task
    attributeStrayErrors: true,
    // process-level secrets for pluginLoader (what get/delete need): the first task's secret sources
    secretManager: o.tasks[0]?.secrets ?? o.secretsFor(resolve(o.ctx.cwd, '.secrets')),
    stateStore: new FileStateStore((taskId) => byId.get(taskId)?.runDir.dir ?? join(o.runsDir, taskId)),
  });
  const recording = new Set<string>();
  const live = new Map<string, string>();
  const unsubscribe = engine.on((e) => {
    trackLiveJob(live, e);
    // a value the config file marks `# @local` is meant to be outside Flyte's production range
    const local = e.type === 'configWarning' && o.runCfg.isLocalValue(e.pluginId, e.path);
    if (!local) o.display.event(e);
    else if (o.ctx.verbose) o.display.notice(`config (${e.pluginId}): ${e.message} (marked @local: expected)`, 'info');
    const targets = 'taskId' in e ? [e.taskId] : [...recording];
    for (const id of targets) if (recording.has(id)) byId.get(id)?.runDir.appendEvent({ ...e, time: new Date(e.at).toISOString() });
  });
  return {
    engine,
    record: (taskId) => recording.add(taskId),
    liveJob: (taskId) => live.get(taskId),
    close: async () => {
      unsubscribe();
      await engine.shutdown();
    },
  };
}

/** Which remote jobs exist: created, and not yet deleted or ended. */
function trackLiveJob(live: Map<string, string>, e: EngineEvent): void {
  if (e.type === 'created' || (e.type === 'resumed' && e.fromStage === 'Created')) live.set(e.taskId, e.generatedName);
  else if (e.type === 'deleted' || e.type === 'finished' || e.type === 'attemptStarted') live.delete(e.taskId);
  else if (e.type === 'phaseChanged' && ['Success', 'PermanentFailure', 'RetryableFailure', 'Aborted'].includes(e.phaseInfo.phase)) live.delete(e.taskId);
}

/**
 * The run record could not be written (the disk is full, the directory was removed): say so, and what
 * became of the remote job — never leave it running without a word.
 */
function storeFailure(err: EngineError, t: PreparedTask, job: string | undefined, resume: string): SystemError {
  const gone = !existsSync(t.runDir.dir);
  const where = gone ? `the run directory ${t.runDir.dir} is gone` : `the run record in ${t.runDir.dir} cannot be written`;
  const hint = job
    ? gone
      ? `the remote job "${job}" was not deleted and may still be running: delete it with the remote service's own tools`
      : `the remote job "${job}" was not deleted and keeps running: free some space (or fix the directory), then resume it with: ${resume}`
    : gone
      ? 'no remote job is left running'
      : `no remote job is left running; once the directory can be written again, resume with: ${resume}`;
  return new SystemError(`${err.message} (${where})`, { hint, cause: err });
}

/** Write the end of a task to its record; a record that cannot be written is reported, not thrown. */
function recordEnd(t: PreparedTask, write: () => void, display: Display): boolean {
  try {
    write();
    return true;
  } catch (e) {
    display.notice(`the run record of ${t.label} could not be updated: ${e instanceof Error ? e.message : String(e)}`, 'error', t.runId);
    return false;
  }
}

function toSpec(t: PreparedTask): TaskSpec {
  const spec: TaskSpec = {
    taskId: t.runId,
    template: t.template,
    inputs: t.inputs,
    execution: t.execution,
    secretManager: t.secrets,
    dataStore: new FileDataStore(t.runDir.dir),
    attemptPaths: (attempt) => t.runDir.attemptPaths(attempt),
  };
  if (t.timeoutMs !== undefined) spec.timeoutMs = t.timeoutMs;
  if (t.retries !== undefined) spec.retries = t.retries;
  if (t.maxDatasetSizeBytes !== undefined) spec.maxDatasetSizeBytes = t.maxDatasetSizeBytes;
  if (t.checkOutputs) spec.checkOutputs = t.checkOutputs;
  if (t.connection) {
    // as on Flyte 2: the connection's configs on every context; its secrets, by connection key, come first
    const { secretNames, configs } = t.connection;
    if (Object.keys(configs).length > 0) spec.connectionConfigs = configs;
    spec.secretManager = { get: (key) => t.secrets.get(Object.hasOwn(secretNames, key) ? secretNames[key]! : key) };
  }
  return spec;
}

/** How a finished task maps to the process's exit code. */
function exitCodeOfResult(r: TaskResult, interrupted: boolean): number {
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

/** Submit every task, handle Ctrl-C, and wait until each has settled: one outcome per task. `hardExit` ends the process at once. */
export async function runTasks(run: RunEngine, tasks: PreparedTask[], display: Display, ctx: CliContext, options: RunOptions, runsDir: string, hardExit: (code: number) => never): Promise<RunOutcome[]> {
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
  const onStray = (e: unknown) => display.notice(`a plugin error escaped its call: ${e instanceof Error ? e.message : String(e)} (ended: ${run.engine.failStray(e).join(', ') || 'no running task'})`, 'error');
  for (const ev of ['unhandledRejection', 'uncaughtException'] as const) {
    process.on(ev, onStray);
    offSignals.push(() => process.off(ev, onStray));
  }
  const outcomes: RunOutcome[] = [];
  // Keep the process alive while tasks run: a plugin awaiting a promise that never settles (and no
  // timer pending) must not let Node drain the event loop and exit 0 in the middle of a run.
  const keepAlive = setInterval(() => {}, 1 << 30);
  try {
    for (const t of tasks) handles.push(run.engine.submit(toSpec(t), t.resume ? { resume: true } : {}));
    const settled = await Promise.allSettled(handles.map((h) => h.result));
    await Promise.all(tasks.map((t) => t.datastoreReady?.())); // Flyte's .pb files (their codec loaded meanwhile)
    display.close();
    settled.forEach((s, i) => {
      const t = tasks[i]!;
      const base = { runId: t.runId, label: t.label, runDir: displayPath(t.runDir.dir, ctx.cwd), ...(t.taskFile && { taskFile: displayPath(t.taskFile, ctx.cwd) }) };
      if (s.status === 'fulfilled') {
        let exitCode = exitCodeOfResult(s.value, interrupted);
        // outputs that cannot be stored are lost: not a success
        if (!recordEnd(t, () => t.runDir.finish(s.value, exitCode), display)) exitCode = Math.max(exitCode, ExitCode.System);
        outcomes.push({ ...base, exitCode, result: s.value });
        return;
      }
      const reason = s.reason instanceof EngineError && s.reason.code === 'StateStoreFailed' ? storeFailure(s.reason, t, run.liveJob(t.runId), resumeCommand(t, runsDir, ctx)) : s.reason;
      const exitCode = options.json ? exitCodeOf(reason) : reportError(reason, ctx);
      if (options.json) {
        const doc = errorDocument(reason);
        display.notice(`${String(doc.message)}${doc.hint ? ` — ${String(doc.hint)}` : ''}`, 'error', t.runId);
      }
      const err = s.reason as Error;
      const code = err instanceof EngineError ? err.code : err.name;
      outcomes.push({ ...base, exitCode, setupError: { code, message: err.message } });
      recordEnd(t, () => t.runDir.fail({ code, message: err.message }, exitCode), display);
    });
  } finally {
    clearInterval(keepAlive);
    display.close();
    for (const off of offSignals) off();
  }
  return outcomes;
}
