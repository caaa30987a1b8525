/**
 * TaskRun: one submitted task — the data of its life (stage, state, the current attempt's fields) and the
 * TaskHandle the caller holds (result, abort, detach). It does no work: core.ts drives it (stage by stage)
 * with the lower modules named after Flyte's webapi parts: launcher.ts (create/do), monitor.ts (get/status
 * in the auto-refresh cache), allocation.ts (quota tokens), abort.ts (delete), state.ts (saved state),
 * waits.ts (interruptible waits, timeout) and report.ts (phase reporting). It reaches the engine only
 * through the narrow RunHost interface.
 */
import type { AsyncLocalStorage } from 'node:async_hooks';
import type { DataStore, TaskExecutionContext } from '../plugin/context.js';
import type { Phase, PhaseInfo, TaskLog } from '../plugin/phase.js';
import type { MonitorEnd } from './attempt-end.js';
import type { CacheItem } from './auto-refresh.js';
import type { PluginRuntime } from './runtime.js';
import type { MemoryStateStore } from './state-store.js';
import { buildTaskContext, defaultPathsOf, type OutputSink } from './task-context.js';
import type { Clock, EngineEvent, Stage, StateStore, SubmitOptions, TaskHandle, TaskResult, TaskSpec, TaskState, TimerHandle } from './types.js';

export function noop(): void {}

/** What stopped the task from outside its plugin's answers. */
export interface Interrupt {
  kind: 'abort' | 'detach' | 'timeout' | 'stray';
  reason: string;
}

/** The current attempt's remote resource: none (never created, or deleted), live, or ended (a terminal phase was seen). */
export type Remote = 'none' | 'live' | 'ended';

/** A parked task's item in the plugin's auto-refresh cache. */
export interface TrackedItem extends CacheItem {
  run: TaskRun;
}

/** What a TaskRun needs from its engine (and nothing more). */
export interface RunHost {
  readonly clock: Clock;
  readonly random: () => number;
  readonly store: StateStore;
  /** The store, when it is the plain in-memory one (saved to synchronously, see state.ts). */
  readonly memoryStore: MemoryStateStore | undefined;
  readonly maxSystemRetries: number;
  /** Aborted when the engine shuts down: the signal every plugin call sees. */
  readonly signal: AbortSignal;
  readonly dataStore: DataStore;
  readonly hasListeners: boolean;
  /** The plugin calls' context, when stray errors are attributed (EngineOptions.attributeStrayErrors). */
  readonly strays: AsyncLocalStorage<TaskRun> | undefined;
  readonly onStage: ((taskId: string, from: Stage, to: Stage) => void) | undefined;
  emit(event: EngineEvent): void;
  /** The plugin for a task type: loaded, or a promise of it (routing and loading on first use). */
  runtimeOrLoad(taskType: string, version?: number): PluginRuntime<TrackedItem> | Promise<PluginRuntime<TrackedItem>>;
  /** An interrupt was asked (abort, detach): wake the task. */
  wake(run: TaskRun): void;
  /** The task came to rest (parked or settled): admission may start another. */
  rested(run: TaskRun): void;
  /** The task settled: the engine forgets it. */
  forget(run: TaskRun): void;
}

export class TaskRun implements TaskHandle {
  readonly taskId: string;
  stage: Stage = 'Admitting';
  interrupt: Interrupt | undefined;
  remote: Remote = 'none';
  /** The result (Settled) or the error (Rejected), kept until `result` is first read. */
  outcome: unknown;
  /**
   * `result` is created on first use: a caller that never reads it (or reads it only once the task has
   * ended) costs no pending promise and resolving functions per task in flight.
   */
  resultPromise: Promise<TaskResult> | undefined;
  resolveResult: ((r: TaskResult) => void) | undefined;
  rejectResult: ((e: unknown) => void) | undefined;
  rt!: PluginRuntime<TrackedItem>;
  st!: TaskState;
  /** Submitted with resume (continue from the stored state). */
  resume = false;
  /** The engine's admission turn this task started in (0 once it came to rest). */
  startTurn = 0;
  timeoutMs = 0;
  maxRetries = 0;
  /** Ends the wait in progress (waits.ts) when an interrupt comes. */
  wakeWait: (() => void) | undefined;
  /** While Monitoring: how monitoring ends (core hands it to the monitor when it parks the task). */
  monitorEnd: ((run: TaskRun, end: MonitorEnd) => void) | undefined;
  item: TrackedItem | undefined;
  rebuildTimer: TimerHandle | undefined;
  timeoutTimer: TimerHandle | undefined;
  /**
   * The plugin call (or the plugin's loading) the task is suspended on, which nothing but its own settling
   * ends: an interrupt then takes the task over at once (core bumps `epoch`), and the suspended step, if
   * the call ever settles, finds `epoch` changed and stops.
   */
  inflight: unknown;
  epoch = 0;
  /** The create() in flight, until its result is taken (cleanup waits for it, bounded, to delete its job). */
  pendingCreate: unknown;
  failures = 0;
  lastError = '';
  attemptPhase: PhaseInfo | undefined;
  lastPhase: Phase | undefined;
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
  removeSignalListener: (() => void) | undefined;

  constructor(
    readonly host: RunHost,
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
      if (this.stage === 'Settled') p = Promise.resolve(this.outcome as TaskResult);
      else if (this.stage === 'Rejected') {
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

  /** Abort: delete the remote resource (with this reason), outcome 'aborted'. Overrides a timeout in progress. */
  abort(reason: string): void {
    if (this.ended || (this.interrupt && this.interrupt.kind !== 'timeout')) return;
    this.interrupt = { kind: 'abort', reason: typeof reason === 'string' && reason !== '' ? reason : 'aborted' };
    this.host.wake(this);
  }

  /** Stop tracking without deleting; the state stays in the store for a later resume. */
  detach(shutdown = false): void {
    if (this.ended || this.interrupt) return;
    this.interrupt = { kind: 'detach', reason: shutdown ? 'engine shutdown' : 'detached' };
    this.host.wake(this);
  }

  /** Deliver the result (resolve) or a setup error (reject) to whoever reads `result`. */
  deliver(kind: 'resolve' | 'reject', value: unknown): void {
    const resolve = this.resolveResult;
    const reject = this.rejectResult;
    this.resolveResult = undefined;
    this.rejectResult = undefined;
    this.removeSignalListener?.();
    if (resolve === undefined || reject === undefined) {
      this.outcome = value;
      return;
    }
    if (kind === 'resolve') resolve(value as TaskResult);
    else {
      this.resultPromise!.catch(noop);
      reject(value);
    }
  }

  get ended(): boolean {
    return this.stage === 'Settled' || this.stage === 'Rejected';
  }

  // ---- what the lower modules use ------------------------------------------------------------------------

  get clock(): Clock {
    return this.host.clock;
  }

  emit(event: EngineEvent): void {
    if (this.host.hasListeners) this.host.emit(event);
  }

  /** Call the plugin in this task's context (so a stray error it leaves behind can be traced to this task). */
  call<T>(fn: () => T): T {
    const strays = this.host.strays;
    return strays === undefined ? fn() : strays.run(this, fn);
  }

  signal(): AbortSignal {
    return this.host.signal;
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
      spec.dataStore ?? this.host.dataStore,
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
      connectionConfigs: c.connectionConfigs, // always present (undefined without a connection): one object shape
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
