/**
 * The in-process engine: Flyte's webapi semantics (IW/core.go, launcher.go, monitor.go, cache.go,
 * allocation_token.go and propeller's retry/timeout handling), with the known defects fixed:
 * entry defaults honoured, FIFO quota waits, an unknown quota namespace is a clear error, the write
 * limiter applied, create retried with backoff, consecutive (not cumulative) get failures, workers that
 * survive throws, the caller's abort reason passed to delete, SyncPlugin supported, and no plugin call
 * that never settles (nor a stray error from plugin code) can hang a task.
 *
 * This module is the engine itself (Flyte's plugin machinery around webapi's core.go): routing task types
 * to plugin entries, loading each plugin's runtime once (runtime.ts), admitting submitted tasks in start
 * batches, attributing stray errors, and shutdown. Each task is a TaskRun (task-run.ts, data and handle),
 * driven by core.ts; the engine is the RunHost a TaskRun talks to.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { Registry } from 'prom-client';
import { mergePluginConfig, defaultPluginConfig } from '../plugin/config.js';
import type { DataStore, SecretManager } from '../plugin/context.js';
import type { PluginEntry } from '../plugin/plugin.js';
import { systemClock } from './clock.js';
import { reject, startTask, strayError, wake } from './core.js';
import { onEvicted, syncOnce } from './monitor.js';
import { Router } from './routing.js';
import { loadPluginRuntime, type PluginRuntime } from './runtime.js';
import { MemoryStateStore } from './state-store.js';
import { TaskRun, type RunHost, type TrackedItem } from './task-run.js';
import { MemoryDataStore } from './task-context.js';
import {
  EngineError,
  type Clock,
  type Engine,
  type EngineEvent,
  type EngineOptions,
  type ResolvedPlugin,
  type Stage,
  type StateStore,
  type SubmitOptions,
  type TaskHandle,
  type TaskSpec,
} from './types.js';

/** Tasks started per turn of the event loop during a burst of submits (see EngineImpl.admit). */
const START_BATCH = 128;

export class EngineImpl implements Engine, RunHost {
  readonly clock: Clock;
  readonly random: () => number;
  readonly store: StateStore;
  /** The store, when it is a plain MemoryStateStore (saved to synchronously). */
  readonly memoryStore: MemoryStateStore | undefined;
  readonly registry: Registry;
  readonly maxSystemRetries: number;
  readonly strays: AsyncLocalStorage<TaskRun> | undefined;
  readonly onStage: ((taskId: string, from: Stage, to: Stage) => void) | undefined;
  private readonly router: Router;
  private readonly resolveConfig: NonNullable<EngineOptions['resolveConfig']>;
  private readonly listeners = new Set<(event: EngineEvent) => void>();
  private readonly loads = new Map<string, Promise<PluginRuntime<TrackedItem>>>();
  private readonly runtimes: PluginRuntime<TrackedItem>[] = [];
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
    this.strays = options.attributeStrayErrors ? new AsyncLocalStorage<TaskRun>() : undefined;
    this.onStage = options.onStage;
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

  async resolve(taskType: string, version = 0): Promise<ResolvedPlugin> {
    const rt = await this.runtimeFor(taskType, version);
    return { entry: rt.entry, plugin: rt.plugin, config: rt.config };
  }

  /** Runtimes already loaded, by task category (routing is deterministic: the entries never change). */
  private readonly loadedByType = new Map<string, PluginRuntime<TrackedItem>>();

  /** The loaded runtime for a task category, or a promise of it (routing and loading on first use). */
  runtimeOrLoad(taskType: string, version = 0): PluginRuntime<TrackedItem> | Promise<PluginRuntime<TrackedItem>> {
    const key = version === 0 ? taskType : `${taskType}\u0000${version}`;
    const rt = this.loadedByType.get(key);
    if (rt !== undefined) return rt;
    return this.runtimeFor(taskType, version).then((r) => {
      this.loadedByType.set(key, r);
      return r;
    });
  }

  /** Route (type, task_type_version) as Flyte does, then load that entry's runtime once. */
  runtimeFor(taskType: string, version = 0): Promise<PluginRuntime<TrackedItem>> {
    let entry: PluginEntry;
    try {
      entry = this.router.route(taskType, version);
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

  private async load(entry: PluginEntry): Promise<PluginRuntime<TrackedItem>> {
    const rt = await loadPluginRuntime<TrackedItem>(entry, {
      registry: this.registry,
      clock: this.clock,
      ...(this.secretManager !== undefined && { secretManager: this.secretManager }),
      resolveConfig: (e, own) => this.resolveConfig(e, own),
      tracking: { sync: (item) => syncOnce(item.run, item), onEvict: (item) => onEvicted(item.run, item) },
    });
    const pluginId = entry.id;
    for (const w of rt.warnings) {
      this.emit({ type: 'configWarning', at: this.clock.now(), pluginId, path: w.path, value: w.value, message: w.message });
    }
    if (this.closed) rt.cache?.stop();
    this.runtimes.push(rt);
    this.emit({ type: 'pluginLoaded', at: this.clock.now(), pluginId, config: rt.config });
    return rt;
  }

  submit(spec: TaskSpec, options: SubmitOptions = {}): TaskHandle {
    const run = new TaskRun(this, spec, options);
    const id = spec?.taskId;
    if (this.closed) void reject(run, new EngineError('EngineShutdown', 'the engine has been shut down', { taskId: id }));
    else if (typeof id !== 'string' || id === '') void reject(run, new EngineError('InvalidTaskSpec', 'taskId must be a non-empty string'));
    else if (this.runs.has(id)) {
      void reject(run, new EngineError('DuplicateTaskId', `task "${id}" is already running in this engine`, { taskId: id }));
    } else {
      this.runs.set(id, run);
      run.resume = options.resume === true;
      this.admit(run);
    }
    return run;
  }

  wake(run: TaskRun): void {
    wake(run);
  }

  forget(run: TaskRun): void {
    if (this.runs.get(run.taskId) === run) this.runs.delete(run.taskId);
  }

  failStray(error: unknown): string[] {
    const from = this.strays?.getStore();
    if (from !== undefined) return strayError(from, error) ? [from.taskId] : [];
    const ended: string[] = [];
    for (const run of this.runs.values()) if (strayError(run, error)) ended.push(run.taskId);
    return ended;
  }

  // ---- admission: a burst of submits starts in batches -------------------------------------------------
  // At most START_BATCH tasks are "starting" at once in one turn of the event loop: started, but not yet
  // parked in the cache for monitoring nor settled. Further submits wait in a FIFO (holding only their
  // TaskRun) and start as earlier ones come to rest, or in the next turn (where the count starts again, so
  // tasks resting elsewhere — quota waits, backoff sleeps — never hold the queue up for more than a turn).
  // A burst of 100k submits then does not run 100k tasks through create, save and sync in lockstep, whose
  // transient objects would all be alive at once (all promoted by the young-generation GC, then traced by
  // full GCs): bounding that working set makes such bursts ~3× cheaper (128 measured 1.5–1.6× faster than 512
  // for bursts of 20k, with no change at 1k). One task at a time never waits.
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
    void startTask(run);
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

/** Create an engine. Throws EngineError for invalid entries (duplicate ids, two defaults, ...). */
export function createEngine(options: EngineOptions): Engine {
  return new EngineImpl(options);
}
