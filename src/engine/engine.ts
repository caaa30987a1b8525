/**
 * The in-process engine: Flyte's webapi semantics (IW/core.go, launcher.go, monitor.go, cache.go,
 * allocation_token.go and propeller's retry/timeout handling), with the known defects fixed:
 * entry defaults honoured, FIFO quota waits, an unknown quota namespace is a clear error, the write
 * limiter applied, create retried with backoff, consecutive (not cumulative) get failures, workers that
 * survive throws, the caller's abort reason passed to delete, and SyncPlugin supported.
 */
import { Registry } from 'prom-client';
import { mergePluginConfig, defaultPluginConfig, type PluginConfig, type PluginConfigInput } from '../plugin/config.js';
import type { DataStore, SecretManager, TaskExecutionContext } from '../plugin/context.js';
import { isPermanentError } from '../plugin/errors.js';
import { isFailure, isPhase, isTerminal, PHASES, type ErrorKind, type ExecutionError, type Phase, type PhaseInfo, type TaskLog } from '../plugin/phase.js';
import {
  isAsyncPlugin,
  isSyncPlugin,
  type AnyAsyncPlugin,
  type CreateResult,
  type PluginEntry,
  type ResourceRequirements,
  type SyncPlugin,
} from '../plugin/plugin.js';
import { checkPluginConfig } from '../config/ranges.js';
import { formatDuration, parseDuration } from '../util/duration.js';
import { AutoRefreshCache, type CacheItem } from './auto-refresh.js';
import { systemClock } from './clock.js';
import { createSetupContext, EngineMetrics } from './metrics.js';
import { generatedName } from './names.js';
import { ResourceManager } from './resource-manager.js';
import { Router } from './routing.js';
import { MemoryStateStore } from './state-store.js';
import { buildTaskContext, defaultPathsOf, DEFAULT_MAX_DATASET_SIZE_BYTES, MemoryDataStore, type OutputSink } from './task-context.js';
import { TokenBucket } from './token-bucket.js';
import {
  EngineError,
  type AttemptSummary,
  type Clock,
  type Engine,
  type EngineEvent,
  type EngineOptions,
  type ResolvedPlugin,
  type StateStore,
  type SubmitOptions,
  type TaskHandle,
  type TaskOutcome,
  type TaskResult,
  type TaskSpec,
  type TaskState,
  type TimerHandle,
} from './types.js';

/** Backoff of create/delete/do retries: base·2^n, capped, with "equal jitter" (half fixed, half random). */
export const RETRY_BACKOFF = Object.freeze({ baseMs: 1000, capMs: 30_000 });

interface PluginRuntime extends ResolvedPlugin {
  async?: AnyAsyncPlugin;
  sync?: SyncPlugin;
  readLimiter: TokenBucket;
  writeLimiter: TokenBucket;
  quotas?: ResourceManager;
  cache?: AutoRefreshCache<TrackedItem>;
  metrics: EngineMetrics;
  resyncMs: number;
  maxSystemFailures: number;
}

interface TrackedItem extends CacheItem {
  run: TaskRun;
}

function noop(): void {}

/** Tasks started per turn of the event loop during a burst of submits (see EngineImpl.admit). */
const START_BATCH = 512;

function message(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === 'string') return e;
  try {
    return JSON.stringify(e) ?? String(e);
  } catch {
    return String(e);
  }
}

class EngineImpl implements Engine {
  readonly clock: Clock;
  readonly random: () => number;
  readonly store: StateStore;
  /** The store, when it is a plain MemoryStateStore (saved to synchronously). */
  readonly memoryStore: MemoryStateStore | undefined;
  readonly registry: Registry;
  readonly maxSystemRetries: number;
  private readonly router: Router;
  private readonly resolveConfig: NonNullable<EngineOptions['resolveConfig']>;
  private readonly listeners = new Set<(event: EngineEvent) => void>();
  private readonly loads = new Map<string, Promise<PluginRuntime>>();
  private readonly runtimes: PluginRuntime[] = [];
  readonly runs = new Map<string, TaskRun>();
  closed = false;
  /**
   * The signal every plugin call sees: aborted when the engine shuts down. (A single task's abort lets its
   * in-flight create finish on purpose, so the resource can be deleted; a detached task's in-flight calls
   * finish and their results are ignored.)
   */
  private readonly lifetime = new AbortController();
  private readonly secretManager: SecretManager | undefined;
  get signal(): AbortSignal {
    return this.lifetime.signal;
  }
  private memoryDataStore: DataStore | undefined;
  /** The default DataStore (in memory, shared by the engine's tasks; refs are per-attempt paths). */
  get dataStore(): DataStore {
    return (this.memoryDataStore ??= new MemoryDataStore());
  }

  constructor(options: EngineOptions) {
    this.router = new Router(options.entries);
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.store = options.stateStore ?? new MemoryStateStore();
    // the in-memory store (not a subclass that may override save) is written synchronously
    const s = this.store;
    this.memoryStore = s instanceof MemoryStateStore && s.save === MemoryStateStore.prototype.save ? s : undefined;
    this.registry = options.metricsRegistry ?? new Registry();
    this.maxSystemRetries = options.maxSystemRetries ?? 3;
    this.secretManager = options.secretManager;
    this.resolveConfig = options.resolveConfig ?? ((_entry, own) => mergePluginConfig(defaultPluginConfig, own));
  }

  get hasListeners(): boolean {
    return this.listeners.size > 0;
  }

  on(listener: (event: EngineEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: EngineEvent): void {
    for (const l of this.listeners) {
      try {
        l(event);
      } catch {
        /* a listener's bug must not break the engine */
      }
    }
  }

  async resolve(taskType: string): Promise<ResolvedPlugin> {
    const rt = await this.runtimeFor(taskType);
    return { entry: rt.entry, plugin: rt.plugin, config: rt.config };
  }

  /** Runtimes already loaded, by task type (routing is deterministic: the entries never change). */
  private readonly loadedByType = new Map<string, PluginRuntime>();

  /** The loaded runtime for a task type, or a promise of it (routing and loading on first use). */
  runtimeOrLoad(taskType: string): PluginRuntime | Promise<PluginRuntime> {
    const rt = this.loadedByType.get(taskType);
    if (rt !== undefined) return rt;
    return this.runtimeFor(taskType).then((r) => {
      this.loadedByType.set(taskType, r);
      return r;
    });
  }

  runtimeFor(taskType: string): Promise<PluginRuntime> {
    let entry: PluginEntry;
    try {
      entry = this.router.route(taskType);
    } catch (e) {
      return Promise.reject(e);
    }
    let p = this.loads.get(entry.id);
    if (!p) {
      p = this.load(entry);
      p.catch(() => undefined);
      this.loads.set(entry.id, p);
    }
    return p;
  }

  private async load(entry: PluginEntry): Promise<PluginRuntime> {
    const pluginId = entry.id;
    const setup = createSetupContext(this.registry, pluginId, this.secretManager);
    const scope = setup.metricsScope;
    let plugin: unknown;
    try {
      plugin = await entry.pluginLoader(setup);
    } catch (e) {
      throw new EngineError('PluginLoadFailed', `plugin "${pluginId}": pluginLoader failed: ${message(e)}`, { pluginId, cause: e });
    }
    const shape = pluginShapeProblem(plugin);
    if (shape) throw new EngineError('PluginLoadFailed', `plugin "${pluginId}": pluginLoader returned ${shape}`, { pluginId });
    const p = plugin as AnyAsyncPlugin | SyncPlugin;
    let own: PluginConfigInput;
    try {
      own = p.getConfig() ?? {};
    } catch (e) {
      throw new EngineError('PluginLoadFailed', `plugin "${pluginId}": getConfig() failed: ${message(e)}`, { pluginId, cause: e });
    }
    // Errors from resolveConfig (the CLI's config layering) propagate unchanged: they carry locations.
    const config: PluginConfig = await this.resolveConfig(entry, own);
    const { errors, warnings } = checkPluginConfig(config);
    if (errors.length > 0) {
      throw new EngineError(
        'InvalidConfig',
        `plugin "${pluginId}": invalid config: ${errors.map((e) => e.message).join('; ')}`,
        { pluginId, cause: errors },
      );
    }
    for (const w of warnings) {
      this.emit({ type: 'configWarning', at: this.clock.now(), pluginId, path: w.path, value: w.value, message: w.message });
    }
    const metrics = new EngineMetrics(scope);
    const rt: PluginRuntime = {
      entry,
      plugin: p,
      config,
      readLimiter: new TokenBucket(config.readRateLimiter.qps, config.readRateLimiter.burst, this.clock),
      writeLimiter: new TokenBucket(config.writeRateLimiter.qps, config.writeRateLimiter.burst, this.clock),
      metrics,
      resyncMs: parseDuration(config.caching.resyncInterval),
      maxSystemFailures: config.caching.maxSystemFailures,
    };
    if (isAsyncPlugin(p)) {
      rt.async = p;
      rt.cache = new AutoRefreshCache<TrackedItem>({
        size: config.caching.size,
        workers: config.caching.workers,
        resyncMs: rt.resyncMs,
        clock: this.clock,
        readLimiter: rt.readLimiter,
        metrics,
        sync: (item) => item.run.syncOnce(item),
        onEvict: (item) => item.run.onEvicted(item),
      });
    } else {
      rt.sync = p as SyncPlugin;
    }
    if (Object.keys(config.resourceQuotas).length > 0) rt.quotas = new ResourceManager(config.resourceQuotas);
    if (this.closed) rt.cache?.stop();
    this.runtimes.push(rt);
    this.emit({ type: 'pluginLoaded', at: this.clock.now(), pluginId, config });
    return rt;
  }

  submit(spec: TaskSpec, options: SubmitOptions = {}): TaskHandle {
    const run = new TaskRun(this, spec, options);
    const id = spec?.taskId;
    if (this.closed) run.reject(new EngineError('EngineShutdown', 'the engine has been shut down', { taskId: id }));
    else if (typeof id !== 'string' || id === '') run.reject(new EngineError('InvalidTaskSpec', 'taskId must be a non-empty string'));
    else if (this.runs.has(id)) {
      run.reject(new EngineError('DuplicateTaskId', `task "${id}" is already running in this engine`, { taskId: id }));
    } else {
      this.runs.set(id, run);
      run.resume = options.resume === true;
      this.admit(run);
    }
    return run;
  }

  // ---- admission: a burst of submits starts in batches -------------------------------------------------
  // At most START_BATCH tasks are "starting" at once in one turn of the event loop: started, but not yet
  // parked in the cache for monitoring nor settled. Further submits wait in a FIFO (holding only their
  // TaskRun) and start as earlier ones come to rest, or in the next turn (where the count starts again, so
  // tasks resting elsewhere — quota waits, backoff sleeps — never hold the queue up for more than a turn).
  // A burst of 100k submits then does not run 100k tasks through create, save and sync in lockstep, whose
  // transient objects would all be alive at once (all promoted by the young-generation GC, then traced by
  // full GCs): bounding that working set makes such bursts ~3× cheaper. One task at a time never waits.
  private starting = 0;
  private turn = 1;
  private readonly waitingToStart: TaskRun[] = [];
  private waitingHead = 0;

  private admit(run: TaskRun): void {
    if (this.starting < START_BATCH && this.waitingHead === this.waitingToStart.length) {
      this.startNow(run);
      return;
    }
    this.waitingToStart.push(run);
    this.scheduleTurn();
  }

  private startNow(run: TaskRun): void {
    this.starting++;
    run.startTurn = this.turn;
    run.start();
  }

  /** A task parked in the cache or settled: it no longer counts as starting. */
  rested(run: TaskRun): void {
    if (run.startTurn !== this.turn) return;
    run.startTurn = 0;
    this.starting--;
    if (this.waitingHead < this.waitingToStart.length) this.startNow(this.takeWaiting());
  }

  private takeWaiting(): TaskRun {
    const q = this.waitingToStart;
    const run = q[this.waitingHead]!;
    q[this.waitingHead++] = undefined as never;
    if (this.waitingHead === q.length) {
      q.length = 0;
      this.waitingHead = 0;
    }
    return run;
  }

  /**
   * A turn is scheduled only while submits wait (a task that starts at once needs none): a pending
   * Immediate keeps the engine reachable, and a caller whose tasks all settle within microtasks may never
   * yield to the event loop, so one per start would keep shut-down engines (and their stores) alive.
   */
  private turnImmediate: ReturnType<typeof setImmediate> | undefined;

  private scheduleTurn(): void {
    if (this.turnImmediate !== undefined) return;
    this.turnImmediate = setImmediate(this.nextTurn);
  }

  private readonly nextTurn = (): void => {
    this.turnImmediate = undefined;
    this.turn++;
    this.starting = 0;
    while (this.starting < START_BATCH && this.waitingHead < this.waitingToStart.length) this.startNow(this.takeWaiting());
    if (this.waitingHead < this.waitingToStart.length) this.scheduleTurn();
  };

  async shutdown(): Promise<void> {
    this.closed = true;
    const running = [...this.runs.values()];
    for (const r of running) r.detach(true);
    await Promise.allSettled(running.map((r) => r.result));
    this.lifetime.abort(new Error('engine shutdown'));
    await Promise.allSettled([...this.loads.values()]);
    for (const rt of this.runtimes) rt.cache?.stop();
    if (this.turnImmediate !== undefined) clearImmediate(this.turnImmediate);
    this.turnImmediate = undefined;
  }
}

function pluginShapeProblem(p: unknown): string | undefined {
  if (typeof p !== 'object' || p === null) return `${p === null ? 'null' : typeof p} instead of a plugin object`;
  const o = p as Record<string, unknown>;
  if (typeof o.getConfig !== 'function') return 'a plugin without getConfig()';
  if (typeof o.create === 'function') {
    const missing = ['get', 'delete', 'status'].filter((k) => typeof o[k] !== 'function');
    if (missing.length) return `an AsyncPlugin without ${missing.map((m) => `${m}()`).join(', ')}`;
    return undefined;
  }
  if (typeof o.do === 'function') return undefined;
  return 'an object that is neither an AsyncPlugin (create/get/delete/status) nor a SyncPlugin (do)';
}

// ---------------------------------------------------------------------------------------------------------

/** Thrown inside an attempt to end it with a phase. */
class EndAttempt {
  constructor(readonly pi: PhaseInfo) {}
}
const INTERRUPT: unique symbol = Symbol('interrupt');

type AttemptEnd = { type: 'phase'; pi: PhaseInfo } | { type: 'abort' } | { type: 'detach' };
type MonitorEnd =
  | { kind: 'terminal'; pi: PhaseInfo }
  | { kind: 'gaveUp' }
  | { kind: 'invalid'; error: EngineError }
  | { kind: 'store'; error: unknown }
  | { kind: 'interrupted' };
const INTERRUPTED: MonitorEnd = Object.freeze({ kind: 'interrupted' });
const GAVE_UP: MonitorEnd = Object.freeze({ kind: 'gaveUp' });
/** runAttempt's answer when the attempt is parked in the auto-refresh cache. */
const PARKED: unique symbol = Symbol('parked');

let lastIsoMs = NaN;
let lastIso = '';
/** new Date(ms).toISOString(), remembered for the last millisecond asked (many events share one). */
function isoTime(ms: number): string {
  if (ms !== lastIsoMs) {
    lastIso = new Date(ms).toISOString();
    lastIsoMs = ms;
  }
  return lastIso;
}

function failurePhase(phase: 'RetryableFailure' | 'PermanentFailure', kind: ErrorKind, code: string, msg: string, at: number): PhaseInfo {
  return { phase, version: 0, reason: msg, error: { code, message: msg, kind }, info: { occurredAt: isoTime(at) } };
}

function errorOf(pi: PhaseInfo): ExecutionError {
  return pi.error ?? { code: 'Unknown', message: pi.reason || 'Unknown error message', kind: 'USER' };
}

/**
 * True when `v` is certainly JSON-serializable: plain objects/arrays of strings, finite numbers, booleans and
 * null, nested at most `depth` deep. Allocates nothing (no path strings, no cycle set): the common case.
 * False means "check properly" (notSerializable then names the problem, or finds none: a deep structure).
 */
function plainJson(v: unknown, depth: number): boolean {
  const t = typeof v;
  if (t === 'string' || t === 'boolean' || t === 'undefined') return true;
  if (t === 'number') return Number.isFinite(v);
  if (t !== 'object') return false;
  if (v === null) return true;
  if (depth === 0) return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!plainJson(v[i], depth - 1)) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  const o = v as Record<string, unknown>;
  for (const k in o) if (!plainJson(o[k], depth - 1)) return false;
  return true;
}

/** Why a resourceMeta cannot be persisted as JSON (undefined when it can). */
export function notSerializable(v: unknown, path = 'resourceMeta', seen?: Set<object>): string | undefined {
  if (seen === undefined && plainJson(v, 16)) return undefined;
  switch (typeof v) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return undefined;
    case 'number':
      return Number.isFinite(v) ? undefined : `${path} is ${v}`;
    case 'bigint':
    case 'function':
    case 'symbol':
      return `${path} is a ${typeof v}`;
  }
  if (v === null) return undefined;
  const o = v as object;
  seen ??= new Set();
  if (seen.has(o)) return `${path} is a circular reference`;
  const proto = Object.getPrototypeOf(o);
  if (!Array.isArray(o) && proto !== Object.prototype && proto !== null) {
    return `${path} is a ${(proto?.constructor?.name as string | undefined) ?? 'non-plain object'}, not a plain object`;
  }
  seen.add(o);
  if (Array.isArray(o)) {
    for (let i = 0; i < o.length; i++) {
      const r = notSerializable(o[i], `${path}[${i}]`, seen);
      if (r) return r;
    }
  } else {
    for (const [k, x] of Object.entries(o)) {
      const r = notSerializable(x, `${path}.${k}`, seen);
      if (r) return r;
    }
  }
  seen.delete(o);
  return undefined;
}

function phaseInfoProblem(pi: unknown): string | undefined {
  if (typeof pi !== 'object' || pi === null) return `${pi === null ? 'null' : typeof pi} instead of a PhaseInfo`;
  const p = pi as PhaseInfo;
  if (!isPhase(p.phase)) return `an unknown phase ${JSON.stringify(p.phase) ?? String(p.phase)} (expected one of ${PHASES.join(', ')})`;
  if (p.version !== undefined && (!Number.isInteger(p.version) || p.version < 0)) return `an invalid version ${String(p.version)}`;
  return undefined;
}

class TaskRun implements TaskHandle {
  readonly taskId: string;
  /**
   * `result` is created on first use: a caller that never reads it (or reads it only once the task has
   * ended) costs no pending promise and resolving functions per task in flight.
   */
  private resultPromise: Promise<TaskResult> | undefined;
  private resolveResult: ((r: TaskResult) => void) | undefined;
  private rejectResult: ((e: unknown) => void) | undefined;
  /** 0 while running, then 1 (resolved with `outcome`) or 2 (rejected with `outcome`). */
  private outcomeKind: 0 | 1 | 2 = 0;
  private outcome: unknown;
  private rt!: PluginRuntime;
  private st!: TaskState;
  private stopReq: { kind: 'abort' | 'detach'; reason: string } | undefined;
  private timedOut = false;
  private onInterrupt: (() => void) | undefined;
  /**
   * The task is parked in the auto-refresh cache: no async function of it is suspended; the cache's
   * syncs (or an interrupt) end monitoring through endMonitor, which continues the task.
   */
  private monitoring = false;
  private item: TrackedItem | undefined;
  private rebuildTimer: TimerHandle | undefined;
  private timeoutTimer: TimerHandle | undefined;
  private failures = 0;
  private lastError = '';
  private attemptPhase: PhaseInfo | undefined;
  private lastPhase: Phase | undefined;
  /** The current attempt has a remote resource that was not deleted. */
  private created = false;
  /** The plugin reported a terminal phase for the current attempt. */
  private remoteTerminal = false;
  /** What the plugin put through the output writer in the current attempt (this run is the OutputSink). */
  outputs: OutputSink['outputs'];
  outputError: OutputSink['outputError'];
  private quota: { ns: string; token: string } | undefined;
  private logs: TaskLog[] = [];
  /** The latest state save still in flight (saves are written in order). */
  private saving: Promise<void> | undefined;
  private savesPending = 0;
  /** The current attempt's plugin context, built once per attempt and dropped while the task waits. */
  private ctx: TaskExecutionContext | undefined;
  private timeoutMs = 0;
  private maxRetries = 0;
  private done = false;
  private removeSignalListener: (() => void) | undefined;

  constructor(
    private readonly engine: EngineImpl,
    private readonly spec: TaskSpec,
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

  private settleResult(kind: 1 | 2, value: unknown): void {
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
    this.fireInterrupt();
  }

  detach(shutdown = false): void {
    if (this.done || this.stopReq) return;
    this.stopReq = { kind: 'detach', reason: shutdown ? 'engine shutdown' : 'detached' };
    this.fireInterrupt();
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
    void this.run(this.resume);
  }

  private settle(): void {
    this.done = true;
    this.engine.rested(this);
    this.cleanup();
    this.removeSignalListener?.();
    if (this.engine.runs.get(this.taskId) === this) this.engine.runs.delete(this.taskId);
  }

  private cleanup(): void {
    this.untrack();
    this.disarmTimeout();
    this.releaseQuota();
  }

  private get clock(): Clock {
    return this.engine.clock;
  }

  private emit(event: EngineEvent): void {
    if (this.engine.hasListeners) this.engine.emit(event);
  }

  private validateSpec(): void {
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

  /** Load the saved state of a resumed task. Returns a result when it had already finished. */
  private async loadSaved(): Promise<TaskResult | undefined> {
    const now = this.clock.now();
    {
      let saved: TaskState | undefined;
      try {
        saved = await this.engine.store.load(this.taskId);
      } catch (e) {
        throw new EngineError('StateStoreFailed', `task "${this.taskId}": cannot load its saved state: ${message(e)}`, { taskId: this.taskId, cause: e });
      }
      if (!saved) {
        throw new EngineError('NoSavedState', `task "${this.taskId}" has no saved state to resume; start it without resume`, { taskId: this.taskId });
      }
      if (saved.stage === 'Finished' && saved.result) {
        this.emit({ type: 'finished', at: now, taskId: this.taskId, result: saved.result });
        return saved.result;
      }
      this.st = saved;
      this.st.attempts ??= [];
      this.lastPhase = saved.phase;
      this.emit({ type: 'resumed', at: now, taskId: this.taskId, attempt: saved.attempt, generatedName: saved.generatedName, fromStage: saved.stage });
    }
    return undefined;
  }

  /** The state of a task started afresh. */
  private freshState(): void {
    const now = this.clock.now();
    {
      this.st = {
        version: 1,
        taskId: this.taskId,
        attempt: 0,
        systemRetriesUsed: 0,
        userRetriesUsed: 0,
        generatedName: generatedName(this.spec.execution.name, 0),
        stage: 'NotStarted',
        startedAt: now,
        attemptStartedAt: now,
        attempts: [],
        // every field present from the start keeps one object shape (no out-of-object property storage)
        resourceMeta: undefined,
        phase: undefined,
        phaseVersion: undefined,
        result: undefined,
      };
    }
  }

  /**
   * Validate, route (loading the plugin on first use), load or create the state, then run attempts until
   * the task parks in the cache or ends.
   */
  private async run(resume: boolean): Promise<void> {
    try {
      this.validateSpec();
      const rt = this.engine.runtimeOrLoad(this.spec.template.type);
      // awaited even when at hand: a task never calls its plugin inside submit(), and a burst of submits
      // returns to the caller before the first creates (measured: a lower memory peak in a burst)
      this.rt = await rt;
      if (resume) {
        const finished = await this.loadSaved();
        if (finished) return this.resolved(finished);
      } else this.freshState();
    } catch (e) {
      return this.failed(e);
    }
    void this.attempts(undefined);
  }

  /** A setup problem: clean up, let pending saves land, reject `result`. */
  private async failed(e: unknown): Promise<void> {
    this.cleanup();
    if (this.saving) await this.saving.then(noop, noop);
    this.settle();
    this.settleResult(2, e);
  }

  /**
   * The attempt loop. `end` is how the current attempt ended, or undefined to start the next attempt.
   * Returns when the task is parked for monitoring (endMonitor continues it) or has settled.
   */
  private async attempts(end: AttemptEnd | undefined): Promise<void> {
    try {
      await this.attemptLoop(end);
    } catch (e) {
      await this.failed(e);
    }
  }

  private async attemptLoop(end: AttemptEnd | undefined): Promise<void> {
    const st = this.st;
    for (;;) {
      if (end === undefined) {
        if (this.stopReq) return this.resolved(await this.finishStopped());
        this.beginAttempt();
        const e = await this.runAttempt();
        if (e === PARKED) return;
        end = e;
      }
      this.untrack();
      this.ctx = undefined;
      if (end.type === 'detach') return this.resolved(await this.finishStopped());
      if (end.type === 'abort') {
        this.releaseQuota();
        return this.resolved(await this.finishStopped());
      }
      let pi = end.pi;
      end = undefined;
      this.reportPhase(pi, false);
      if (isFailure(pi.phase) && pi.cleanupOnFailure) await this.deleteResource(pi.reason || errorOf(pi).message, true);
      this.releaseQuota();
      if (pi.phase === 'Success') pi = this.checkOutputs(pi);
      const summary = this.summary();
      summary.finishedAt = this.clock.now();
      summary.phase = pi.phase;
      if (pi.phase !== 'Success') summary.error = errorOf(pi);
      if (pi.phase === 'RetryableFailure') {
        const sys = errorOf(pi).kind === 'SYSTEM';
        const used = sys ? st.systemRetriesUsed : st.userRetriesUsed;
        const budget = sys ? this.engine.maxSystemRetries : this.maxRetries;
        if (used < budget) {
          if (this.stopReq) return this.resolved(await this.finishStopped());
          if (sys) st.systemRetriesUsed++;
          else st.userRetriesUsed++;
          await this.nextAttempt();
          continue;
        }
        const err = errorOf(pi);
        const msg = `[${used + 1}/${budget + 1}] currentAttempt done. Last Error: ${err.kind}::${err.message}`;
        pi = failurePhase('PermanentFailure', 'USER', `RetriesExhausted|${err.code}`, msg, this.clock.now());
        this.reportPhase(pi, false);
      }
      const result = this.finish(pi.phase === 'Success' ? 'succeeded' : 'failed', pi);
      return this.resolved(result instanceof Promise ? await result : result);
    }
  }

  /** Monitoring ended (terminal phase, give-up, invalid status, store failure or interrupt): continue the task. */
  private continueAfterMonitor(r: MonitorEnd): void {
    if (r.kind === 'terminal') {
      // the common end (afterMonitor's 'terminal' case, without its async frame)
      this.monitoring = false;
      this.untrack();
      this.remoteTerminal = true;
      this.disarmTimeout();
      void this.attempts({ type: 'phase', pi: r.pi });
      return;
    }
    void this.continueAfterMonitorSlowly(r);
  }

  private async continueAfterMonitorSlowly(r: MonitorEnd): Promise<void> {
    let end: AttemptEnd;
    try {
      try {
        end = await this.afterMonitor(r);
      } catch (e) {
        end = await this.attemptError(e);
      } finally {
        this.disarmTimeout();
      }
    } catch (e) {
      return this.failed(e);
    }
    await this.attempts(end);
  }

  private resolved(result: TaskResult): void {
    this.settle();
    this.settleResult(1, result);
  }

  private summary(): AttemptSummary {
    const st = this.st;
    let s = st.attempts[st.attempts.length - 1];
    if (!s || s.attempt !== st.attempt) {
      s = { attempt: st.attempt, generatedName: st.generatedName, startedAt: st.attemptStartedAt };
      if (st.attempts.length === 0) st.attempts = [s];
      else st.attempts.push(s);
    }
    return s;
  }

  private beginAttempt(): void {
    this.summary();
    this.timedOut = false;
    this.failures = 0;
    this.lastError = '';
    this.attemptPhase = undefined;
    this.created = false;
    this.remoteTerminal = false;
    this.outputs = undefined;
    this.outputError = undefined;
    if (this.engine.hasListeners) this.emit({ type: 'attemptStarted', at: this.clock.now(), taskId: this.taskId, attempt: this.st.attempt, generatedName: this.st.generatedName, pluginId: this.rt.entry.id });
  }

  private async nextAttempt(): Promise<void> {
    const st = this.st;
    st.attempt++;
    st.generatedName = generatedName(this.spec.execution.name, st.attempt);
    st.stage = 'NotStarted';
    st.resourceMeta = undefined;
    st.phase = undefined;
    st.phaseVersion = undefined;
    st.attemptStartedAt = this.clock.now();
    const saved = this.save();
    if (saved !== undefined) await saved;
  }

  private checkOutputs(pi: PhaseInfo): PhaseInfo {
    const now = this.clock.now();
    if (this.outputError) {
      const e = this.outputError;
      const out = failurePhase('PermanentFailure', e.kind ?? 'USER', e.code || 'Unknown', e.message || 'Unknown error message', now);
      this.reportPhase(out, false);
      return out;
    }
    if (this.outputs !== undefined) {
      const max = this.spec.maxDatasetSizeBytes ?? DEFAULT_MAX_DATASET_SIZE_BYTES;
      let size: number;
      try {
        size = Buffer.byteLength(JSON.stringify(this.outputs) ?? '', 'utf8');
      } catch (e) {
        const out = failurePhase('PermanentFailure', 'USER', 'OutputsNotSerializable', `the outputs cannot be written as JSON: ${message(e)}`, now);
        this.reportPhase(out, false);
        return out;
      }
      if (size > max) {
        const out = failurePhase(
          'PermanentFailure',
          'USER',
          'OutputSizeExceeded',
          `the outputs are ${size} bytes, more than the limit of ${max} bytes (maxDatasetSizeBytes)`,
          now,
        );
        this.reportPhase(out, false);
        return out;
      }
    }
    return pi;
  }

  /** The task's result, saved (at once with the in-memory store, else once the save landed). */
  private finish(outcome: TaskOutcome, pi: PhaseInfo): TaskResult | Promise<TaskResult> {
    const st = this.st;
    const result: TaskResult = {
      taskId: this.taskId,
      outcome,
      phase: pi.phase,
      phaseInfo: pi,
      attempts: st.attempts,
      logs: this.logs,
      startedAt: st.startedAt,
      finishedAt: this.clock.now(),
    };
    if (outcome === 'succeeded') {
      if (this.outputs !== undefined) result.outputs = this.outputs;
    } else result.error = errorOf(pi);
    st.stage = 'Finished';
    st.phase = pi.phase;
    st.phaseVersion = pi.version ?? 0;
    st.result = result;
    const saved = this.save();
    if (saved === undefined) return this.finished(result);
    return saved.then(() => this.finished(result));
  }

  private finished(result: TaskResult): TaskResult {
    if (this.engine.hasListeners) this.emit({ type: 'finished', at: result.finishedAt, taskId: this.taskId, result });
    return result;
  }

  private async finishStopped(): Promise<TaskResult> {
    const req = this.stopReq!;
    if (req.kind === 'abort') {
      const now = this.clock.now();
      const pi: PhaseInfo = { phase: 'Aborted', version: 0, reason: req.reason, error: { code: 'Aborted', message: req.reason, kind: 'USER' }, info: { occurredAt: isoTime(now) } };
      this.reportPhase(pi, false);
      const s = this.st.attempts[this.st.attempts.length - 1];
      if (s && s.finishedAt === undefined) {
        s.finishedAt = now;
        s.phase = 'Aborted';
        s.error = pi.error!;
      }
      return this.finish('aborted', pi);
    }
    // detach: the stored state stays as it is, for a later resume
    this.cleanup();
    if (this.saving) await this.saving.then(noop, noop);
    const result: TaskResult = {
      taskId: this.taskId,
      outcome: 'detached',
      phase: this.lastPhase ?? this.st?.phase ?? 'Undefined',
      attempts: this.st?.attempts ?? [],
      logs: this.logs,
      startedAt: this.st?.startedAt ?? this.clock.now(),
      finishedAt: this.clock.now(),
    };
    if (this.attemptPhase) result.phaseInfo = this.attemptPhase;
    if (this.engine.hasListeners) this.emit({ type: 'finished', at: result.finishedAt, taskId: this.taskId, result });
    return result;
  }

  // ---- one attempt ---------------------------------------------------------------------------------------

  /** Run the current attempt until it ends, or until it is parked in the cache for monitoring (PARKED). */
  private async runAttempt(): Promise<AttemptEnd | typeof PARKED> {
    const st = this.st;
    this.armTimeout();
    let parked = false;
    try {
      if (st.stage === 'Created') {
        this.created = true;
        if (this.rt.quotas) await this.acquireQuota(true);
        const r = this.park();
        if (r === undefined) {
          parked = true;
          return PARKED;
        }
        return await this.afterMonitor(r);
      }
      if (this.rt.quotas) await this.acquireQuota(false);
      if (this.rt.sync) return await this.runSync(this.rt.sync);
      const plugin = this.rt.async!;
      st.stage = 'Creating';
      const saving = this.save();
      if (saving !== undefined) await saving;
      let cr: CreateResult | undefined;
      if (!this.isInterrupted() && this.rt.writeLimiter.tryTake()) {
        // a write token at hand: the first call without withRetries' frame (retries go through it)
        try {
          cr = await plugin.create(this.context());
        } catch (e) {
          cr = await this.withRetries('create', () => plugin.create(this.context()), { error: e });
        }
      } else cr = await this.withRetries('create', () => plugin.create(this.context()));
      if (typeof cr !== 'object' || cr === null) {
        throw new EndAttempt(
          failurePhase('PermanentFailure', 'SYSTEM', 'InvalidCreateResult', `plugin "${this.rt.entry.id}": create() must return {resourceMeta, resource?}, got ${cr === null ? 'null' : typeof cr}`, this.clock.now()),
        );
      }
      const { resourceMeta, resource } = cr as CreateResult;
      st.resourceMeta = resourceMeta;
      this.created = true;
      const why = notSerializable(resourceMeta);
      if (why) {
        await this.deleteResource('resourceMeta is not JSON-serializable');
        throw new EngineError(
          'NotSerializable',
          `plugin "${this.rt.entry.id}": create() returned a resourceMeta that cannot be saved as JSON (${why}); use plain objects, arrays, strings, finite numbers, booleans and null`,
          { pluginId: this.rt.entry.id, taskId: this.taskId },
        );
      }
      st.stage = 'Created';
      const now = this.clock.now();
      if (this.engine.hasListeners) this.emit({ type: 'created', at: now, taskId: this.taskId, attempt: st.attempt, generatedName: st.generatedName });
      this.reportPhase({ phase: 'Queued', version: 0, reason: 'launched', info: { occurredAt: isoTime(now) } }, false);
      const saved = this.save();
      if (saved !== undefined) await saved;
      this.checkInterrupt();
      if (resource !== undefined) {
        const end = await this.statusNow(resource);
        if (end) return end;
      }
      const r = this.park();
      if (r === undefined) {
        parked = true;
        return PARKED;
      }
      return await this.afterMonitor(r);
    } catch (e) {
      return await this.attemptError(e);
    } finally {
      if (!parked) this.disarmTimeout();
    }
  }

  /** How an attempt ends when it threw: an interrupt, an EndAttempt, or (rethrown) a setup error. */
  private attemptError(e: unknown): Promise<AttemptEnd> {
    if (e === INTERRUPT) return this.onInterrupted();
    if (e instanceof EndAttempt) return Promise.resolve<AttemptEnd>({ type: 'phase', pi: e.pi });
    return Promise.reject(e);
  }

  private async onInterrupted(): Promise<AttemptEnd> {
    const req = this.stopReq;
    if (req?.kind === 'detach') return { type: 'detach' };
    if (req?.kind === 'abort') {
      this.untrack();
      await this.deleteResource(req.reason);
      return { type: 'abort' };
    }
    this.untrack();
    const msg = `task execution timeout [${formatDuration(this.timeoutMs)}] expired`;
    await this.deleteResource(msg);
    return { type: 'phase', pi: failurePhase('RetryableFailure', 'USER', 'TimeoutExpired', msg, this.clock.now()) };
  }

  private async runSync(plugin: SyncPlugin): Promise<AttemptEnd> {
    const pi = await this.withRetries('do', () => plugin.do(this.context()));
    const problem = phaseInfoProblem(pi) ?? (isTerminal((pi as PhaseInfo).phase) ? undefined : `the non-terminal phase "${(pi as PhaseInfo).phase}"`);
    if (problem) {
      throw new EngineError(
        'InvalidPhaseInfo',
        `plugin "${this.rt.entry.id}": do() returned ${problem}; a SyncPlugin's do() must return a terminal PhaseInfo (Success, RetryableFailure, PermanentFailure or Aborted)`,
        { pluginId: this.rt.entry.id, taskId: this.taskId },
      );
    }
    this.remoteTerminal = true;
    return { type: 'phase', pi: pi as PhaseInfo };
  }

  /** A plugin write call (create/do) under the write limiter, retried with backoff unless permanent. */
  private async withRetries<T>(what: 'create' | 'do', call: () => T | Promise<T>, first?: { error: unknown }): Promise<T> {
    const max = this.rt.maxSystemFailures;
    for (let retry = 0; ; retry++) {
      try {
        // `first`: the first call was made already (by the caller) and threw this
        if (retry > 0 || first === undefined) {
          const limited = this.writeLimit();
          if (limited !== undefined) await limited;
          this.checkInterrupt();
          return await call();
        }
        throw first.error;
      } catch (e) {
        if (e === INTERRUPT) throw e;
        if (e instanceof EngineError) throw e;
        const now = this.clock.now();
        if (isPermanentError(e)) throw new EndAttempt(failurePhase('PermanentFailure', e.kind, e.code, e.message, now));
        const msg = message(e);
        if (retry >= max) {
          throw new EndAttempt(
            failurePhase('PermanentFailure', 'SYSTEM', what === 'create' ? 'CreateFailed' : 'DoFailed', `${what}() failed ${retry + 1} time(s); last error: ${msg}`, now),
          );
        }
        const delayMs = this.backoff(retry);
        this.rt.metrics.createRetries.inc();
        this.emit({ type: 'createRetried', at: now, taskId: this.taskId, attempt: this.st.attempt, retry: retry + 1, delayMs, error: msg });
        await this.sleep(delayMs);
      }
    }
  }

  private backoff(retry: number): number {
    const exp = Math.min(RETRY_BACKOFF.capMs, RETRY_BACKOFF.baseMs * 2 ** retry);
    return Math.round(exp / 2 + (exp / 2) * this.engine.random());
  }

  /** Status right after a create that returned the resource. Returns the attempt's end if terminal. */
  private async statusNow(resource: unknown): Promise<AttemptEnd | undefined> {
    let pi: PhaseInfo;
    try {
      pi = await this.rt.async!.status(this.statusContext(resource));
    } catch (e) {
      this.syncFailed(e, 'status');
      this.checkInterrupt();
      return undefined;
    }
    const problem = phaseInfoProblem(pi);
    if (problem) await this.invalidStatus(problem);
    this.reportPhase(pi, !isTerminal(pi.phase));
    if (isTerminal(pi.phase)) {
      this.remoteTerminal = true;
      return { type: 'phase', pi };
    }
    this.checkInterrupt();
    return undefined;
  }

  private async invalidStatus(problem: string): Promise<never> {
    await this.deleteResource('the plugin returned an invalid PhaseInfo');
    throw new EngineError('InvalidPhaseInfo', `plugin "${this.rt.entry.id}": status() returned ${problem}`, { pluginId: this.rt.entry.id, taskId: this.taskId });
  }

  // ---- monitoring (the auto-refresh cache calls syncOnce) -------------------------------------------------

  /**
   * Start tracking the resource in the auto-refresh cache. Returns undefined when the task is parked
   * (monitoring ends through endMonitor), or at once how monitoring ends when there is nothing to wait for.
   */
  private park(): MonitorEnd | undefined {
    if (this.failures > this.rt.maxSystemFailures) return GAVE_UP;
    this.checkInterrupt();
    this.monitoring = true;
    // A parked task keeps no plugin context (a sync builds one when it needs it), unless the cache is idle:
    // then its first sync runs at once and its status call uses the context create had (tasks run one
    // after the other). In a burst, contexts held until each task's turn would add up.
    if (!this.rt.cache!.idle) this.ctx = undefined;
    this.track();
    this.engine.rested(this);
    return undefined;
  }

  private async afterMonitor(r: MonitorEnd): Promise<AttemptEnd> {
    this.monitoring = false;
    this.untrack();
    switch (r.kind) {
      case 'interrupted':
        throw INTERRUPT;
      case 'terminal':
        this.remoteTerminal = true;
        return { type: 'phase', pi: r.pi };
      case 'gaveUp': {
        const n = this.failures;
        const msg = `${n} consecutive get/status failures (more than caching.maxSystemFailures = ${this.rt.maxSystemFailures}); last error: ${this.lastError}`;
        await this.deleteResource(`giving up: ${msg}`);
        return { type: 'phase', pi: failurePhase('PermanentFailure', 'SYSTEM', 'AutoRefreshCacheFailed', msg, this.clock.now()) };
      }
      case 'invalid':
        await this.deleteResource('the plugin returned an invalid PhaseInfo');
        throw r.error;
      case 'store':
        throw r.error;
    }
  }

  private endMonitor(r: MonitorEnd): void {
    if (!this.monitoring) return;
    this.monitoring = false;
    void this.continueAfterMonitor(r);
  }

  private track(): void {
    const item: TrackedItem = { key: this.st.generatedName, gone: false, queued: false, processing: false, run: this };
    this.item = item;
    this.rt.cache!.add(item);
  }

  private untrack(): void {
    if (this.rebuildTimer !== undefined) {
      this.clock.clearTimeout(this.rebuildTimer);
      this.rebuildTimer = undefined;
    }
    const item = this.item;
    if (item) {
      this.item = undefined;
      this.rt.cache?.remove(item);
    }
  }

  /** The LRU evicted our item: rebuild it from the state one resync interval later (phase kept). */
  onEvicted(item: TrackedItem): void {
    if (item !== this.item) return;
    this.item = undefined;
    this.rebuildTimer = this.clock.setTimeout(() => {
      this.rebuildTimer = undefined;
      if (this.monitoring && !this.item) this.track();
    }, this.rt.resyncMs);
  }

  async syncOnce(item: TrackedItem): Promise<void> {
    if (item !== this.item) return;
    const rt = this.rt;
    const t0 = this.clock.now();
    let resource: unknown;
    try {
      resource = await rt.async!.get({ resourceMeta: this.st.resourceMeta, signal: this.signal() });
    } catch (e) {
      if (item === this.item) this.syncFailed(e, 'get');
      return;
    }
    rt.metrics.observeGetLatency(this.clock.now() - t0);
    if (item !== this.item) return;
    let pi: PhaseInfo;
    try {
      pi = await rt.async!.status(this.statusContext(resource));
    } catch (e) {
      if (item === this.item) this.syncFailed(e, 'status');
      return;
    }
    if (item !== this.item) return;
    this.failures = 0;
    const problem = phaseInfoProblem(pi);
    if (problem) {
      this.endMonitor({
        kind: 'invalid',
        error: new EngineError('InvalidPhaseInfo', `plugin "${rt.entry.id}": status() returned ${problem}`, { pluginId: rt.entry.id, taskId: this.taskId }),
      });
      return;
    }
    const terminal = isTerminal(pi.phase);
    this.reportPhase(pi, !terminal);
    if (terminal) this.endMonitor({ kind: 'terminal', pi });
    else this.ctx = undefined; // waiting for the next resync: keep no context
  }

  private syncFailed(e: unknown, what: 'get' | 'status'): void {
    this.failures++;
    this.lastError = `${what}: ${message(e)}`;
    this.rt.metrics.syncErrors.inc();
    this.emit({ type: 'getFailed', at: this.clock.now(), taskId: this.taskId, attempt: this.st.attempt, consecutiveFailures: this.failures, error: this.lastError });
    if (this.failures > this.rt.maxSystemFailures) this.endMonitor({ kind: 'gaveUp' });
  }

  // ---- phase reporting -----------------------------------------------------------------------------------

  private reportPhase(pi: PhaseInfo, save: boolean): void {
    const v = pi.version ?? 0;
    const cur = this.attemptPhase;
    if (cur && cur.phase === pi.phase && (cur.version ?? 0) === v) return;
    const previous = this.lastPhase;
    this.attemptPhase = pi;
    this.lastPhase = pi.phase;
    this.st.phase = pi.phase;
    this.st.phaseVersion = v;
    const logs = pi.info?.logs;
    if (logs && logs.length > 0) {
      for (const l of logs) {
        if (!this.logs.some((x) => x.uri === l.uri && x.name === l.name)) this.logs.push(l);
      }
    }
    const s = this.st.attempts[this.st.attempts.length - 1];
    if (s) s.phase = pi.phase;
    if (this.engine.hasListeners) {
      const ev: EngineEvent = { type: 'phaseChanged', at: this.clock.now(), taskId: this.taskId, attempt: this.st.attempt, phaseInfo: pi };
      if (previous !== undefined) ev.previous = previous;
      this.engine.emit(ev);
    }
    if (save) {
      this.save()?.catch((error: unknown) => this.endMonitor({ kind: 'store', error }));
    }
  }

  // ---- quotas, limiters, deletes -------------------------------------------------------------------------

  private async acquireQuota(force: boolean): Promise<void> {
    const rt = this.rt;
    const quotas = rt.quotas;
    if (!quotas) return;
    const t0 = this.clock.now();
    let req: ResourceRequirements;
    const plugin = rt.plugin;
    try {
      req = plugin.resourceRequirements ? await plugin.resourceRequirements(this.context()) : { namespace: 'default' };
    } catch (e) {
      if (isPermanentError(e)) throw new EndAttempt(failurePhase('PermanentFailure', e.kind, e.code, e.message, this.clock.now()));
      throw new EndAttempt(failurePhase('RetryableFailure', 'SYSTEM', 'ResourceRequirementsFailed', `resourceRequirements() failed: ${message(e)}`, this.clock.now()));
    }
    if (typeof req !== 'object' || req === null || typeof req.namespace !== 'string') {
      throw new EngineError('InvalidPluginEntry', `plugin "${rt.entry.id}": resourceRequirements() must return {namespace, constraints?}`, { pluginId: rt.entry.id, taskId: this.taskId });
    }
    const ns = req.namespace;
    if (!quotas.has(ns)) {
      const known = quotas.names().map((n) => `"${n}"`).join(', ');
      throw new EngineError(
        'UnknownQuotaNamespace',
        `plugin "${rt.entry.id}": resourceRequirements() returned the quota namespace "${ns}", which resourceQuotas does not define (defined: ${known}); add "${ns}" to resourceQuotas or return one of those`,
        { pluginId: rt.entry.id, taskId: this.taskId },
      );
    }
    this.checkInterrupt();
    const st = this.st;
    const token = st.generatedName;
    const owner = { project: this.spec.execution.project, domain: this.spec.execution.domain };
    if (!quotas.tryAcquire(ns, token, owner, req.constraints, force)) {
      rt.metrics.allocationGrantFailed.inc();
      const now = this.clock.now();
      this.emit({ type: 'waitingForQuota', at: now, taskId: this.taskId, attempt: st.attempt, namespace: ns });
      this.reportPhase(
        { phase: 'WaitingForResources', version: 0, reason: 'Quota for task has exceeded. Waiting for the resource.', info: { occurredAt: isoTime(now) } },
        true,
      );
      const pending = quotas.enqueue(ns, token, owner, req.constraints);
      await this.waitFor<void>((done) => {
        void pending.promise.then(done);
        return pending.cancel;
      });
    }
    this.quota = { ns, token };
    const waitedMs = this.clock.now() - t0;
    rt.metrics.allocationGrantSuccess.inc();
    rt.metrics.resourceWaitTime.observe(waitedMs);
    this.emit({ type: 'quotaGranted', at: this.clock.now(), taskId: this.taskId, attempt: st.attempt, namespace: ns, waitedMs });
  }

  /** Release the attempt's quota token (exactly once). */
  private releaseQuota(): void {
    const q = this.quota;
    if (!q) return;
    this.quota = undefined;
    if (this.rt.quotas?.release(q.ns, q.token)) this.rt.metrics.resourceReleaseSuccess.inc();
    else this.rt.metrics.resourceReleaseFailed.inc();
  }

  /** Take a write token: undefined when one is available now, else a promise of the wait. */
  private writeLimit(): Promise<void> | undefined {
    this.checkInterrupt();
    const b = this.rt.writeLimiter;
    const delay = b.reserve();
    return delay > 0 ? this.sleep(delay, () => b.cancel()) : undefined;
  }

  /**
   * Delete the attempt's remote resource: write-limited, retried on transient errors, at most once per
   * resource, never when nothing was created, and (unless `evenIfTerminal`) not once the plugin reported
   * a terminal phase.
   */
  private async deleteResource(reason: string, evenIfTerminal = false): Promise<void> {
    if (!this.created || (this.remoteTerminal && !evenIfTerminal)) return;
    this.created = false;
    const rt = this.rt;
    const plugin = rt.async;
    if (!plugin) return;
    const attempt = this.st.attempt;
    const max = rt.maxSystemFailures;
    for (let retry = 0; ; retry++) {
      const delay = rt.writeLimiter.reserve();
      if (delay > 0) await this.plainSleep(delay);
      try {
        await plugin.delete({ resourceMeta: this.st.resourceMeta, reason, signal: this.signal() });
        this.emit({ type: 'deleted', at: this.clock.now(), taskId: this.taskId, attempt, reason });
        return;
      } catch (e) {
        if (isPermanentError(e) || retry >= max) {
          rt.metrics.deleteFailed.inc();
          this.emit({ type: 'deleteFailed', at: this.clock.now(), taskId: this.taskId, attempt, error: message(e) });
          return;
        }
        await this.plainSleep(this.backoff(retry));
      }
    }
  }

  // ---- interruptible waiting -----------------------------------------------------------------------------

  private isInterrupted(): boolean {
    return this.stopReq !== undefined || this.timedOut;
  }

  private checkInterrupt(): void {
    if (this.isInterrupted()) throw INTERRUPT;
  }

  private fireInterrupt(): void {
    const f = this.onInterrupt;
    this.onInterrupt = undefined;
    f?.();
    this.endMonitor(INTERRUPTED);
  }

  /** Wait for `start` to call `done`, unless an abort/detach/timeout comes first (then throws INTERRUPT). */
  private waitFor<T>(start: (done: (v: T) => void) => () => void): Promise<T> {
    if (this.isInterrupted()) return Promise.reject(INTERRUPT);
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const done = (v: T) => {
        if (settled) return;
        settled = true;
        if (this.onInterrupt === interrupt) this.onInterrupt = undefined;
        resolve(v);
      };
      const interrupt = () => {
        if (settled) return;
        settled = true;
        cancel();
        reject(INTERRUPT);
      };
      this.onInterrupt = interrupt;
      const cancel = start(done);
    });
  }

  private sleep(ms: number, onCancel?: () => void): Promise<void> {
    return this.waitFor<void>((done) => {
      const h = this.clock.setTimeout(() => done(), ms);
      return () => {
        this.clock.clearTimeout(h);
        onCancel?.();
      };
    });
  }

  private plainSleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.clock.setTimeout(resolve, ms));
  }

  private armTimeout(): void {
    if (!this.timeoutMs) return;
    const delay = Math.max(0, this.st.attemptStartedAt + this.timeoutMs - this.clock.now());
    this.timeoutTimer = this.clock.setTimeout(() => {
      this.timeoutTimer = undefined;
      if (this.isInterrupted()) return;
      this.timedOut = true;
      this.fireInterrupt();
    }, delay);
  }

  private disarmTimeout(): void {
    if (this.timeoutTimer !== undefined) this.clock.clearTimeout(this.timeoutTimer);
    this.timeoutTimer = undefined;
  }

  // ---- contexts and state --------------------------------------------------------------------------------

  private signal(): AbortSignal {
    return this.engine.signal;
  }

  /** The current attempt's context (built once per attempt; dropped while the task waits for a resync). */
  private context(): TaskExecutionContext {
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
  private statusContext(resource: unknown) {
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

  /**
   * Save a snapshot of the state, after any save still in flight (so the last one written wins). With the
   * engine's own in-memory store and nothing in flight, the snapshot is stored at once and there is nothing
   * to wait for (undefined): no promise, no await.
   */
  private save(): Promise<void> | undefined {
    const st = this.st;
    const attempts = st.attempts;
    const copies = new Array<AttemptSummary>(attempts.length);
    for (let i = 0; i < attempts.length; i++) copies[i] = { ...attempts[i]! };
    const snap: TaskState = { ...st, attempts: copies };
    const memory = this.engine.memoryStore;
    if (memory !== undefined && this.saving === undefined) {
      memory.put(snap);
      return undefined;
    }
    const p = this.writeState(snap, this.saving);
    this.saving = p;
    return p;
  }

  private async writeState(snap: TaskState, previous: Promise<void> | undefined): Promise<void> {
    this.savesPending++;
    try {
      if (previous !== undefined) await previous.then(noop, noop);
      await this.engine.store.save(snap);
    } catch (e) {
      throw e instanceof EngineError
        ? e
        : new EngineError('StateStoreFailed', `task "${this.taskId}": cannot save its state: ${message(e)}`, { taskId: this.taskId, cause: e });
    } finally {
      if (--this.savesPending === 0) this.saving = undefined;
    }
  }
}

/** Create an engine. Throws EngineError for invalid entries (duplicate ids, two defaults, ...). */
export function createEngine(options: EngineOptions): Engine {
  return new EngineImpl(options);
}
