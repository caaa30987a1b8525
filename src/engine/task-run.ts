/**
 * TaskRun: one submitted task — its TaskHandle (result, abort, detach), its state and per-attempt fields,
 * and its plugin contexts. The work is done by plain functions in the modules named after Flyte's webapi
 * parts, each taking the TaskRun: core.ts (the attempt loop, core.go), launcher.ts (create/do, launcher.go),
 * monitor.ts (get/status in the auto-refresh cache, monitor.go), allocation.ts (quota tokens,
 * allocation_token.go), abort.ts (abort, detach, timeout and delete) and state.ts (saved state, state.go).
 * Its fields are therefore not `private`; the object is only ever handed out as a TaskHandle.
 */
import type { TaskExecutionContext } from '../plugin/context.js';
import type { Phase, PhaseInfo, TaskLog } from '../plugin/phase.js';
import { parseDuration } from '../util/duration.js';
import { disarmTimeout, fireInterrupt } from './abort.js';
import { releaseQuota } from './allocation.js';
import { runTask } from './core.js';
import type { EngineImpl, PluginRuntime, TrackedItem } from './engine.js';
import { untrack } from './monitor.js';
import { message } from './phase-checks.js';
import { buildTaskContext, defaultPathsOf, type OutputSink } from './task-context.js';
import { EngineError, type Clock, type EngineEvent, type SubmitOptions, type TaskHandle, type TaskResult, type TaskSpec, type TaskState, type TimerHandle } from './types.js';

export function noop(): void {}

export class TaskRun implements TaskHandle {
  readonly taskId: string;
  /**
   * `result` is created on first use: a caller that never reads it (or reads it only once the task has
   * ended) costs no pending promise and resolving functions per task in flight.
   */
  resultPromise: Promise<TaskResult> | undefined;
  resolveResult: ((r: TaskResult) => void) | undefined;
  rejectResult: ((e: unknown) => void) | undefined;
  /** 0 while running, then 1 (resolved with `outcome`) or 2 (rejected with `outcome`). */
  outcomeKind: 0 | 1 | 2 = 0;
  outcome: unknown;
  rt!: PluginRuntime;
  st!: TaskState;
  stopReq: { kind: 'abort' | 'detach'; reason: string } | undefined;
  timedOut = false;
  onInterrupt: (() => void) | undefined;
  /**
   * The task is parked in the auto-refresh cache: no async function of it is suspended; the cache's
   * syncs (or an interrupt) end monitoring through endMonitor, which continues the task.
   */
  monitoring = false;
  item: TrackedItem | undefined;
  rebuildTimer: TimerHandle | undefined;
  timeoutTimer: TimerHandle | undefined;
  failures = 0;
  lastError = '';
  attemptPhase: PhaseInfo | undefined;
  lastPhase: Phase | undefined;
  /** The current attempt has a remote resource that was not deleted. */
  created = false;
  /** The plugin reported a terminal phase for the current attempt. */
  remoteTerminal = false;
  /** What the plugin put through the output writer in the current attempt (this run is the OutputSink). */
  outputs: OutputSink['outputs'];
  outputError: OutputSink['outputError'];
  quota: { ns: string; token: string } | undefined;
  logs: TaskLog[] = [];
  /** The latest state save still in flight (saves are written in order). */
  saving: Promise<void> | undefined;
  savesPending = 0;
  /** The current attempt's plugin context, built once per attempt and dropped while the task waits. */
  ctx: TaskExecutionContext | undefined;
  timeoutMs = 0;
  maxRetries = 0;
  done = false;
  removeSignalListener: (() => void) | undefined;

  constructor(
    readonly engine: EngineImpl,
    readonly spec: TaskSpec,
    options: SubmitOptions,
  ) {
    this.taskId = spec?.taskId;
    const signal = options.signal;
    if (signal) {
      const onAbort = () => this.abort(typeof signal.reason === 'string' ? signal.reason : 'aborted');
      if (signal.aborted) onAbort();
      else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.removeSignalListener = () => signal.removeEventListener('abort', onAbort);
      }
    }
  }

  // ---- TaskHandle ----------------------------------------------------------------------------------------

  get result(): Promise<TaskResult> {
    let p = this.resultPromise;
    if (p === undefined) {
      if (this.outcomeKind === 1) p = Promise.resolve(this.outcome as TaskResult);
      else if (this.outcomeKind === 2) {
        p = Promise.reject(this.outcome);
        // marked handled: the caller gets the error, but an ignored one never crashes the process
        p.catch(noop);
      } else {
        p = new Promise<TaskResult>((resolve, reject) => {
          this.resolveResult = resolve;
          this.rejectResult = reject;
        });
      }
      this.resultPromise = p;
    }
    return p;
  }

  settleResult(kind: 1 | 2, value: unknown): void {
    if (this.outcomeKind !== 0) return;
    this.outcomeKind = kind;
    const resolve = this.resolveResult;
    const reject = this.rejectResult;
    this.resolveResult = undefined;
    this.rejectResult = undefined;
    if (resolve === undefined || reject === undefined) {
      this.outcome = value;
      return;
    }
    if (kind === 1) resolve(value as TaskResult);
    else {
      this.resultPromise!.catch(noop);
      reject(value);
    }
  }

  abort(reason: string): void {
    if (this.done || this.stopReq) return;
    this.stopReq = { kind: 'abort', reason: typeof reason === 'string' && reason !== '' ? reason : 'aborted' };
    fireInterrupt(this);
  }

  detach(shutdown = false): void {
    if (this.done || this.stopReq) return;
    this.stopReq = { kind: 'detach', reason: shutdown ? 'engine shutdown' : 'detached' };
    fireInterrupt(this);
  }

  // ---- lifecycle -----------------------------------------------------------------------------------------

  reject(e: unknown): void {
    this.done = true;
    this.removeSignalListener?.();
    this.settleResult(2, e);
  }

  /** Submitted with resume (continue from the stored state). */
  resume = false;
  /** The engine's admission turn this task started in (0 once it came to rest). */
  startTurn = 0;

  start(): void {
    void runTask(this, this.resume);
  }

  settle(): void {
    this.done = true;
    this.engine.rested(this);
    this.cleanup();
    this.removeSignalListener?.();
    if (this.engine.runs.get(this.taskId) === this) this.engine.runs.delete(this.taskId);
  }

  /** The task ended with a result. */
  resolved(result: TaskResult): void {
    this.settle();
    this.settleResult(1, result);
  }

  cleanup(): void {
    untrack(this);
    disarmTimeout(this);
    releaseQuota(this);
  }

  get clock(): Clock {
    return this.engine.clock;
  }

  emit(event: EngineEvent): void {
    if (this.engine.hasListeners) this.engine.emit(event);
  }

  /** Check the spec (throws InvalidTaskSpec) and take its timeout and retry budget. */
  validateSpec(): void {
    const s = this.spec;
    const taskId = this.taskId;
    function bad(msg: string): EngineError {
      return new EngineError('InvalidTaskSpec', `task "${taskId}": ${msg}`, { taskId });
    }
    if (typeof s.template !== 'object' || s.template === null || typeof s.template.type !== 'string' || s.template.type === '') {
      throw bad('template.type must be a non-empty string');
    }
    if (typeof s.execution !== 'object' || s.execution === null || typeof s.execution.name !== 'string' || s.execution.name === '') {
      throw bad('execution.name must be a non-empty string');
    }
    if (s.timeoutMs !== undefined) {
      if (!Number.isFinite(s.timeoutMs) || s.timeoutMs < 0) throw bad(`timeoutMs must be a number ≥ 0, got ${s.timeoutMs}`);
      this.timeoutMs = s.timeoutMs;
    } else if (s.template.metadata?.timeout !== undefined) {
      try {
        this.timeoutMs = Math.max(0, parseDuration(s.template.metadata.timeout));
      } catch (e) {
        throw bad(`template.metadata.timeout: ${message(e)}`);
      }
    }
    const retries = s.retries ?? s.template.metadata?.retries?.retries ?? 0;
    if (!Number.isInteger(retries) || retries < 0) throw bad(`retries must be an integer ≥ 0, got ${String(retries)}`);
    this.maxRetries = retries;
  }

  // ---- contexts ------------------------------------------------------------------------------------------

  signal(): AbortSignal {
    return this.engine.signal;
  }

  /** The current attempt's context (built once per attempt; dropped while the task waits for a resync). */
  context(): TaskExecutionContext {
    const cached = this.ctx;
    if (cached !== undefined) return cached;
    const st = this.st;
    const spec = this.spec;
    const paths = spec.attemptPaths ? spec.attemptPaths(st.attempt, st.generatedName) : defaultPathsOf(this.taskId, st.attempt);
    return (this.ctx = buildTaskContext(
      spec,
      { attempt: st.attempt, generatedName: st.generatedName, maxAttempts: this.maxRetries + 1 },
      paths,
      this,
      spec.dataStore ?? this.engine.dataStore,
      this.signal(),
    ));
  }

  /** The attempt's context plus the resource (a fresh object per status call; fields listed, not spread: faster). */
  statusContext(resource: unknown) {
    const c = this.context();
    return {
      secretManager: c.secretManager,
      taskReader: c.taskReader,
      inputReader: c.inputReader,
      taskExecutionMetadata: c.taskExecutionMetadata,
      outputWriter: c.outputWriter,
      dataStore: c.dataStore,
      maxDatasetSizeBytes: c.maxDatasetSizeBytes,
      signal: c.signal,
      resourceMeta: this.st.resourceMeta,
      resource,
    };
  }
}

/**
 * One idle TaskRun kept for the life of the process. A TaskRun's hidden class is reached from the
 * constructor's initial map only through (weak) field transitions: once no task is running and a full GC
 * runs, V8 drops it, and with it every function compiled against it (measured: ~30 deoptimizations per
 * burst of tasks that follows, each burst then running unoptimized engine code at first).
 */
export const SHAPE_ANCHOR = new TaskRun(undefined as never, undefined as never, {});
