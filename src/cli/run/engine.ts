/**
 * `run`'s engine wiring: one in-process engine for all tasks (their plugins, config layers, secrets
 * and the on-disk state store), every engine event to the display and to the run records, Ctrl-C
 * (abort or detach; a second one exits at once), and the wait for every task to settle. Process-level
 * handlers that belong to a running engine go here too.
 */
import { join, resolve } from 'node:path';
import type { Engine, EngineOptions, TaskHandle, TaskResult, TaskSpec } from '../../engine/types.js';
import { EngineError } from '../../engine/types.js';
import { ExitCode } from '../../errors.js';
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
    stateStore: new FileStateStore(
      (taskId) => byId.get(taskId)?.runDir.dir ?? join(o.runsDir, taskId),
      (taskId) => byId.get(taskId)?.secrets.codec(),
    ),
  });
  const recording = new Set<string>();
  const unsubscribe = engine.on((e) => {
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
    close: async () => {
      unsubscribe();
      await engine.shutdown();
    },
  };
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
  if (t.checkOutputs) spec.checkOutputs = t.checkOutputs;
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

/** Second Ctrl-C: leave now. The state is already on disk (every step is saved atomically). */
function hardExit(code: number): never {
  process.exit(code);
}

/** Submit every task, handle Ctrl-C, and wait until each has settled: one outcome per task. */
export async function runTasks(run: RunEngine, tasks: PreparedTask[], display: Display, ctx: CliContext, options: RunOptions, runsDir: string): Promise<RunOutcome[]> {
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
        const exitCode = exitCodeOfResult(s.value, interrupted);
        outcomes.push({ ...base, exitCode, result: s.value });
        t.runDir.finish(s.value, exitCode);
        return;
      }
      const exitCode = options.json ? exitCodeOf(s.reason) : reportError(s.reason, ctx);
      if (options.json) display.notice(ctx.redactor.redact(String(errorDocument(s.reason).message)), 'error', t.runId);
      const err = s.reason as Error;
      const code = err instanceof EngineError ? err.code : err.name;
      outcomes.push({ ...base, exitCode, setupError: { code, message: err.message } });
      t.runDir.fail({ code, message: err.message }, exitCode);
    });
  } finally {
    clearInterval(keepAlive);
    display.close();
    for (const off of offSignals) off();
  }
  return outcomes;
}
