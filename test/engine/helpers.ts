/** Test helpers: a fake remote service, a plugin entry over it, task specs and event capture. */
import type { AsyncPlugin, PluginConfigInput, PluginEntry, PhaseInfo, ResourceRequirements, TaskExecutionContextReader, SyncPlugin } from '../../src/index.js';
import { phaseInfoQueued, phaseInfoRunning, phaseInfoSuccess, phaseInfoRetryableFailure, phaseInfoFailure } from '../../src/index.js';
import type { Engine, EngineEvent, EngineOptions, TaskSpec } from '../../src/engine/index.js';
import { createEngine, FakeClock, MemoryStateStore } from '../../src/engine/index.js';

export type RemotePhase = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'RETRYABLE';
export interface Job {
  name: string;
  phase: RemotePhase;
  deleted?: string;
  outputs?: Record<string, unknown>;
}
export interface Meta {
  name: string;
}

/** A remote service whose jobs move only when the test says so. Creation is idempotent by name. */
export class FakeRemote {
  readonly jobs = new Map<string, Job>();
  readonly calls: string[] = [];
  creates = 0;
  gets = 0;
  deletes: { name: string; reason: string }[] = [];
  /** The phase new jobs start in. */
  initial: RemotePhase = 'RUNNING';
  set(name: string, phase: RemotePhase, outputs?: Record<string, unknown>): void {
    const j = this.jobs.get(name);
    if (!j) throw new Error(`no job ${name}`);
    j.phase = phase;
    if (outputs) j.outputs = outputs;
  }
  /** Every job the remote has. */
  names(): string[] {
    return [...this.jobs.keys()];
  }
}

export interface PluginHooks {
  create?: (tCtx: TaskExecutionContextReader, remote: FakeRemote) => unknown;
  get?: (meta: Meta, remote: FakeRemote) => unknown;
  status?: (resource: Job, remote: FakeRemote) => PhaseInfo | Promise<PhaseInfo>;
  delete?: (meta: Meta, reason: string, remote: FakeRemote) => unknown;
  resourceRequirements?: (tCtx: TaskExecutionContextReader) => ResourceRequirements | Promise<ResourceRequirements>;
}

export function defaultStatus(job: Job): PhaseInfo {
  switch (job.phase) {
    case 'QUEUED':
      return phaseInfoQueued('queued remotely');
    case 'RUNNING':
      return phaseInfoRunning({ info: { logs: [{ name: 'console', uri: `https://remote/${job.name}` }] } });
    case 'SUCCEEDED':
      return phaseInfoSuccess();
    case 'FAILED':
      return phaseInfoFailure('JobFailed', `job ${job.name} failed`);
    case 'RETRYABLE':
      return phaseInfoRetryableFailure('Flaky', `job ${job.name} failed, try again`);
  }
}

export function remotePlugin(remote: FakeRemote, config: PluginConfigInput = {}, hooks: PluginHooks = {}): AsyncPlugin<Meta, Job> {
  const plugin: AsyncPlugin<Meta, Job> = {
    getConfig: () => config,
    async create(tCtx) {
      remote.creates++;
      const name = tCtx.taskExecutionMetadata.taskExecutionId.generatedName;
      remote.calls.push(`create ${name}`);
      if (hooks.create) {
        const r = await hooks.create(tCtx, remote);
        if (r !== undefined) return r as { resourceMeta: Meta };
      }
      if (!remote.jobs.has(name)) remote.jobs.set(name, { name, phase: remote.initial });
      return { resourceMeta: { name } };
    },
    async get({ resourceMeta }) {
      remote.gets++;
      remote.calls.push(`get ${resourceMeta.name}`);
      if (hooks.get) {
        const r = await hooks.get(resourceMeta, remote);
        if (r !== undefined) return r as Job;
      }
      const j = remote.jobs.get(resourceMeta.name);
      if (!j) throw new Error(`404 ${resourceMeta.name}`);
      return { ...j };
    },
    async delete({ resourceMeta, reason }) {
      remote.calls.push(`delete ${resourceMeta.name}`);
      if (hooks.delete) await hooks.delete(resourceMeta, reason, remote);
      remote.deletes.push({ name: resourceMeta.name, reason });
      const j = remote.jobs.get(resourceMeta.name);
      if (j) j.deleted = reason;
    },
    async status(ctx) {
      if (hooks.status) return hooks.status(ctx.resource, remote);
      if (ctx.resource.phase === 'SUCCEEDED' && ctx.resource.outputs) await ctx.outputWriter.put(ctx.resource.outputs);
      return defaultStatus(ctx.resource);
    },
  };
  if (hooks.resourceRequirements) plugin.resourceRequirements = hooks.resourceRequirements;
  return plugin;
}

export function entry(id: string, plugin: AsyncPlugin<Meta, Job> | SyncPlugin, extra: Partial<PluginEntry> = {}): PluginEntry {
  return { id, supportedTaskTypes: ['remote'], pluginLoader: () => plugin, ...extra };
}

export function spec(taskId = 't1', over: Partial<TaskSpec> = {}): TaskSpec {
  return {
    taskId,
    template: { type: 'remote', metadata: {} },
    inputs: { x: 1 },
    execution: { name: `exec-${taskId}`, project: 'proj', domain: 'dev', namespace: 'proj-dev' },
    secretManager: { get: async (k: string) => `secret-${k}` },
    ...over,
  };
}

/** A fast local config: 1 s resync (a warning, fine locally), generous limiters. */
export const FAST: PluginConfigInput = {
  caching: { resyncInterval: '1s', workers: 2, size: 1000, maxSystemFailures: 2 },
  readRateLimiter: { qps: 1000, burst: 1000 },
  writeRateLimiter: { qps: 1000, burst: 1000 },
};

export interface Harness {
  clock: FakeClock;
  engine: Engine;
  events: EngineEvent[];
  store: MemoryStateStore;
  of<T extends EngineEvent['type']>(type: T): Extract<EngineEvent, { type: T }>[];
}

export function harness(entries: PluginEntry[], opts: Partial<EngineOptions> = {}): Harness {
  const clock = (opts.clock as FakeClock | undefined) ?? new FakeClock();
  const store = (opts.stateStore as MemoryStateStore | undefined) ?? new MemoryStateStore();
  const engine = createEngine({ entries, clock, stateStore: store, random: () => 0.5, ...opts });
  const events: EngineEvent[] = [];
  engine.on((e) => events.push(e));
  return {
    clock,
    engine,
    events,
    store,
    of: <T extends EngineEvent['type']>(type: T) => events.filter((e) => e.type === type) as Extract<EngineEvent, { type: T }>[],
  };
}
