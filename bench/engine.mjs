#!/usr/bin/env node
/**
 * Engine benchmark (issue 3). Run after a build: `node bench/engine.mjs`.
 *   0. realistic: 1,000 tasks at once against a loopback HTTP job API (bench/http-remote.mjs), engine wall
 *                time ÷ a bare loop making the same HTTP calls at the same concurrency (target ≤ 1.1×; with
 *                BENCH_BASELINE_DIST=<older build's dist/> the same figure for that build, in the same run)
 *   1. overhead: engine wall time ÷ a bare loop calling the same plugin's create/get/status, N = 1k/10k/100k,
 *                like for like: all N at once (engine) ÷ all N in flight at once (bare), and one task after the
 *                other for both; medians of 3 runs after a warm-up. Beside them, the same for a "floor"
 *                (floorRun: the least any engine with this contract does per task), as a reference
 *   1a. beforeAfter: with BENCH_BASELINE_DIST, this engine ÷ that build's on the overhead runs, in one
 *                process, runs alternating (target ≤ 1.25×)
 *   1b. deopts:  "weak objects" deoptimizations over bursts with a full GC between them (expected 0; 101
 *                without SHAPE_ANCHOR when measured)
 *   2. memory:   RSS growth per task with 100k tasks in flight at once (the caller's specs built beforehand)
 *   3. limiter:  read limiter at qps 30, burst 300 over 10 s (real clock): get calls ÷ (30·t + 300)
 *   4. latency:  remote turning terminal → the task's finished event, p50/p99, at resync 1 s
 * Each part runs in its own child process (`--part=<name>`, with --expose-gc) so heaps do not mix.
 * Overhead runs each start from a heap collected by a forced full GC (BENCH_NO_GC_BETWEEN=1: without it).
 * Such a GC once cost the engine ~3× at N = 1k: it dropped TaskRun's hidden class between runs and so
 * deoptimized the engine (see SHAPE_ANCHOR in src/engine/task-run.ts); `node --trace-deopt` on
 * `--part=overhead` now shows no "weak objects" deoptimizations.
 * Children run without NODE_EXTRA_CA_CERTS (it only slows Node's start here).
 * Prints a short summary and writes bench/results/engine.json. `--only=overhead,memory` runs some parts
 * (for quick comparisons; the JSON is then not written).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const part = process.argv.find((a) => a.startsWith('--part='))?.slice(7);
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');

// ---- shared fixtures --------------------------------------------------------------------------------------

const LIFTED = { qps: 1e9, burst: 1e9 };

/** An in-memory remote whose jobs are done at once (or never, for in-flight tests). */
function makePlugin({ finishAtOnce = true } = {}) {
  const jobs = new Map();
  const stats = { creates: 0, gets: 0, getTimes: [] };
  const plugin = {
    config: {},
    getConfig() {
      return this.config;
    },
    async create(tCtx) {
      stats.creates++;
      const name = tCtx.taskExecutionMetadata.taskExecutionId.generatedName;
      jobs.set(name, finishAtOnce ? 'SUCCEEDED' : 'RUNNING');
      return { resourceMeta: { name } };
    },
    async get({ resourceMeta }) {
      stats.gets++;
      if (stats.recordGetTimes) stats.getTimes.push(performance.now());
      return { name: resourceMeta.name, phase: jobs.get(resourceMeta.name) };
    },
    async delete({ resourceMeta }) {
      jobs.delete(resourceMeta.name);
    },
    async status({ resource }) {
      return resource.phase === 'SUCCEEDED' ? { phase: 'Success', version: 0 } : { phase: 'Running', version: 0 };
    },
  };
  return { plugin, jobs, stats };
}

function spec(i) {
  return {
    taskId: `t${i}`,
    template: { type: 'bench' },
    inputs: {},
    execution: { name: `bench-${i}`, project: 'p', domain: 'd', namespace: 'p-d' },
    secretManager: { get: async () => '' },
  };
}

/** The engine under test: this checkout's build, or BENCH_ENGINE_DIST's (an older build, for before/after). */
async function loadEngine() {
  const dist = process.env.BENCH_ENGINE_DIST ?? join(here, '..', 'dist');
  return import(join(dist, 'engine', 'index.js'));
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

// ---- parts ------------------------------------------------------------------------------------------------

// Overhead, compared like for like. The engine runs N tasks either all submitted at once ("concurrent", as
// a caller with many tasks does) or one after the other (submit, await the result, next). The bare loop
// does the same plugin work (await create, get, status per task) in the same two shapes: all N in flight
// at once, or one after the other. Concurrency is not free even bare (N suspended tasks alive at once
// are promoted and traced by the GC), so each engine shape is divided by the bare loop of the same shape.
// `ratioVsSequentialBare` is the figure this benchmark reported before (concurrent engine ÷ sequential bare).
// Every figure is the median of several runs (more for small N, whose runs last a few ms and are the
// most exposed to a shared machine's noise) after an untimed warm-up (so JIT compilation is not counted),
// each run starting from a collected heap.
const repsFor = (n) => (n <= 1000 ? 15 : n <= 10_000 ? 5 : 3);

// Every shape keeps one plugin (and the engine and the floor one instance each) for the whole part, like a
// long-running process: runs reuse them, with the same task ids and remote job names each time (so no map
// grows across runs). Creating them afresh per run made every forced GC between runs collect the last
// run's plugin and engine, and with them deoptimize the compiled code that referred to them: one sample of
// 40 runs at N = 1k saw 881 "weak objects" deoptimizations with a GC between runs (35 without), so the
// timed runs measured mostly unoptimized engine code.
async function bareSequential(bare, n) {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const ctx = { taskExecutionMetadata: { taskExecutionId: { generatedName: `bench-${i}-0` } } };
    const { resourceMeta } = await bare.plugin.create(ctx);
    const resource = await bare.plugin.get({ resourceMeta });
    await bare.plugin.status({ resourceMeta, resource });
  }
  return performance.now() - t0;
}

async function bareOne(bare, i) {
  const ctx = { taskExecutionMetadata: { taskExecutionId: { generatedName: `bench-${i}-0` } } };
  const { resourceMeta } = await bare.plugin.create(ctx);
  const resource = await bare.plugin.get({ resourceMeta });
  return bare.plugin.status({ resourceMeta, resource });
}

async function bareConcurrent(bare, n) {
  const t0 = performance.now();
  const all = [];
  for (let i = 0; i < n; i++) all.push(bareOne(bare, i));
  await Promise.all(all);
  return performance.now() - t0;
}

// The floor: the least any engine with this contract does per task, with none of the engine's
// machinery. Per task it keeps a record (the handle, with a result promise), a state in a store map, an
// entry in a map of running tasks and one in a tracking map while the resource is polled, and passes the
// plugin a full TaskExecutionContext (create) and StatusContext (status), as the contract requires. It has
// no limiters, quotas, cache workers, resync ticker, events, metrics, timeouts, aborts, retries, validation
// or admission batches. It is measured beside the bare loop and the engine, so `floor ÷ bare` bounds from
// below what any engine can reach against the bare loop on this machine, and `engine ÷ floor` is what the
// engine's own machinery costs.
class FloorRun {
  constructor(spec) {
    this.spec = spec;
    this.st = undefined;
    this.resolve = undefined;
    this.result = new Promise((resolve) => {
      this.resolve = resolve;
    });
  }
}

const noSecrets = { get: async () => '' };
// kept alive, as the engine keeps a TaskRun (see SHAPE_ANCHOR in src/engine/task-run.ts): else a GC between
// runs drops FloorRun's hidden class and deoptimizes the floor's code
const floorShapeAnchor = new FloorRun(spec(0));

class Floor {
  constructor() {
    this.plugin = makePlugin().plugin;
    this.runs = new Map();
    this.store = new Map();
    this.tracked = new Map();
    this.start = (run) => void this.drive(run);
  }

  submit(s) {
    const run = new FloorRun(s);
    this.runs.set(s.taskId, run);
    // like the engine, never calls the plugin inside submit(); a resolved promise's then is the cheapest
    // way (Node's queueMicrotask makes an AsyncResource per call)
    Promise.resolve(run).then(this.start);
    return run;
  }

  async drive(run) {
    const plugin = this.plugin;
    const s = run.spec;
    const ex = s.execution;
    const now = Date.now();
    const st = { taskId: s.taskId, attempt: 0, generatedName: `${ex.name}-0`, stage: 'Creating', startedAt: now, resourceMeta: undefined, phase: undefined, result: undefined };
    run.st = st;
    this.store.set(s.taskId, st);
    const ctx = {
      secretManager: s.secretManager ?? noSecrets,
      taskReader: { read: async () => s.template },
      inputReader: { get: async () => s.inputs },
      taskExecutionMetadata: {
        taskExecutionId: {
          generatedName: st.generatedName,
          retryAttempt: 0,
          id: {
            taskId: { resourceType: 'TASK', project: ex.project, domain: ex.domain, name: s.taskId, version: '' },
            nodeExecutionId: { nodeId: s.taskId, executionId: { project: ex.project, domain: ex.domain, name: ex.name } },
            retryAttempt: 0,
          },
          uniqueNodeId: s.taskId,
        },
        namespace: ex.namespace,
        ownerId: { namespace: ex.namespace, name: ex.name },
        labels: {},
        annotations: {},
        maxAttempts: 1,
        serviceAccount: '',
        securityContext: {},
        environmentVariables: {},
        isInterruptible: false,
      },
      outputWriter: undefined,
      dataStore: undefined,
      maxDatasetSizeBytes: 2097152,
      signal: undefined,
    };
    const cr = await plugin.create(ctx);
    st.resourceMeta = cr.resourceMeta;
    st.stage = 'Created';
    this.tracked.set(st.generatedName, run);
    const resource = await plugin.get({ resourceMeta: st.resourceMeta, signal: undefined });
    const pi = await plugin.status({
      secretManager: ctx.secretManager,
      taskReader: ctx.taskReader,
      inputReader: ctx.inputReader,
      taskExecutionMetadata: ctx.taskExecutionMetadata,
      outputWriter: ctx.outputWriter,
      dataStore: ctx.dataStore,
      maxDatasetSizeBytes: ctx.maxDatasetSizeBytes,
      signal: ctx.signal,
      resourceMeta: st.resourceMeta,
      resource,
    });
    this.tracked.delete(st.generatedName);
    st.phase = pi.phase;
    st.stage = 'Finished';
    const result = { taskId: s.taskId, outcome: 'succeeded', phase: pi.phase, phaseInfo: pi, startedAt: now, finishedAt: Date.now() };
    st.result = result;
    this.runs.delete(s.taskId);
    run.resolve(result);
  }
}

async function floorRun(floor, n, concurrent) {
  const t0 = performance.now();
  const results = [];
  if (concurrent) {
    for (let i = 0; i < n; i++) results.push(floor.submit(spec(i)).result);
    await Promise.all(results);
  } else {
    for (let i = 0; i < n; i++) results.push(await floor.submit(spec(i)).result);
  }
  return performance.now() - t0;
}

/** One engine for the whole part (as a long-running process has), with its plugin. */
async function benchEngine(createEngine) {
  const eng = makePlugin();
  eng.plugin.config = {
    readRateLimiter: LIFTED,
    writeRateLimiter: LIFTED,
    // resync 30 s: with the remote answering at once every task ends at its first sync, right after create
    caching: { size: 100_000, workers: 10_000, resyncInterval: '30s', maxSystemFailures: 5 },
  };
  const engine = createEngine({ entries: [{ id: 'bench', supportedTaskTypes: ['bench'], pluginLoader: () => eng.plugin }] });
  await engine.resolve('bench');
  return { engine, stats: eng.stats };
}

async function engineRun(eng, n, concurrent) {
  const { engine, stats } = eng;
  const gets0 = stats.gets;
  const t0 = performance.now();
  let results;
  if (concurrent) {
    const handles = [];
    for (let i = 0; i < n; i++) handles.push(engine.submit(spec(i)).result);
    results = await Promise.all(handles);
  } else {
    results = [];
    for (let i = 0; i < n; i++) results.push(await engine.submit(spec(i)).result);
  }
  const ms = performance.now() - t0;
  if (results.length !== n || results.some((r) => r.outcome !== 'succeeded')) throw new Error('a benchmark task did not succeed');
  if (stats.gets - gets0 !== n) throw new Error(`expected one get per task, saw ${stats.gets - gets0} for ${n} tasks`);
  return ms;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function overhead() {
  const { createEngine } = await loadEngine();
  const gc = process.env.BENCH_NO_GC_BETWEEN ? () => undefined : (globalThis.gc ?? (() => undefined));
  const bareSeq = makePlugin();
  const bareConc = makePlugin();
  const floorSeq = new Floor();
  const floorConc = new Floor();
  const eng = await benchEngine(createEngine);
  // untimed warm-up of every code path (until the optimizing compiler has run: 2×2000 tasks were not enough)
  for (let i = 0; i < 6; i++) {
    await bareSequential(bareSeq, 4000);
    await bareConcurrent(bareConc, 4000);
    await engineRun(eng, 4000, true);
    await engineRun(eng, 4000, false);
    await floorRun(floorConc, 4000, true);
    await floorRun(floorSeq, 4000, false);
  }
  const out = [];
  for (const n of [1000, 10_000, 100_000]) {
    const m = { bareSeq: [], bareConc: [], engSeq: [], engConc: [], floorConc: [], floorSeq: [] };
    for (let r = 0; r < repsFor(n); r++) {
      gc();
      m.bareSeq.push(await bareSequential(bareSeq, n));
      gc();
      m.bareConc.push(await bareConcurrent(bareConc, n));
      gc();
      m.engConc.push(await engineRun(eng, n, true));
      gc();
      m.engSeq.push(await engineRun(eng, n, false));
      gc();
      m.floorConc.push(await floorRun(floorConc, n, true));
      gc();
      m.floorSeq.push(await floorRun(floorSeq, n, false));
    }
    const bareSeqMs = median(m.bareSeq);
    const bareConcMs = median(m.bareConc);
    const engineConcMs = median(m.engConc);
    const engineSeqMs = median(m.engSeq);
    const floorConcMs = median(m.floorConc);
    const floorSeqMs = median(m.floorSeq);
    out.push({
      n,
      bareSeqMs: round(bareSeqMs, 1),
      bareConcMs: round(bareConcMs, 1),
      engineConcMs: round(engineConcMs, 1),
      engineSeqMs: round(engineSeqMs, 1),
      ratioConcurrent: round(engineConcMs / bareConcMs, 2),
      ratioSequential: round(engineSeqMs / bareSeqMs, 2),
      ratioVsSequentialBare: round(engineConcMs / bareSeqMs, 2),
      floorConcMs: round(floorConcMs, 1),
      floorSeqMs: round(floorSeqMs, 1),
      floorRatioConcurrent: round(floorConcMs / bareConcMs, 2),
      floorRatioSequential: round(floorSeqMs / bareSeqMs, 2),
      engineOverFloorConcurrent: round(engineConcMs / floorConcMs, 2),
      engineOverFloorSequential: round(engineSeqMs / floorSeqMs, 2),
      perTaskUs: round((engineConcMs * 1000) / n, 2),
      bareConcPerTaskUs: round((bareConcMs * 1000) / n, 2),
      bareSeqPerTaskUs: round((bareSeqMs * 1000) / n, 2),
      runs: Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.map((x) => round(x, 1))])),
    });
  }
  await eng.engine.shutdown();
  return out;
}

// Memory: RSS growth per task with 100k tasks in flight. The caller's TaskSpecs are built before the
// baseline is taken: they are the caller's input, which exists whether or not an engine runs it (counting
// them added ~350 B/task that is not the engine's). Measured twice: holding only the handles, and holding
// each handle's `result` promise too (a caller awaiting every task), since `result` is created on first use.
// (Each variant runs in its own process, so one's freed pages do not lower the other's RSS growth.)
async function memory() {
  const { createEngine } = await loadEngine();
  return memoryOnce(createEngine, false);
}

async function memoryHoldingResults() {
  const { createEngine } = await loadEngine();
  return memoryOnce(createEngine, true);
}

async function memoryOnce(createEngine, readResults) {
  const n = 100_000;
  const gc = globalThis.gc ?? (() => undefined);
  const m = makePlugin({ finishAtOnce: false });
  m.plugin.config = {
    readRateLimiter: LIFTED,
    writeRateLimiter: LIFTED,
    caching: { size: n, workers: 1000, resyncInterval: '1h', maxSystemFailures: 5 },
  };
  const engine = createEngine({ entries: [{ id: 'bench', supportedTaskTypes: ['bench'], pluginLoader: () => m.plugin }] });
  await engine.resolve('bench');
  // warm up code paths so JIT'd code is not counted as per-task memory
  const warm = [];
  for (let i = 0; i < 1000; i++) warm.push(engine.submit({ ...spec(i), taskId: `w${i}` }));
  while (m.stats.gets < 1000) await new Promise((r) => setTimeout(r, 10));
  for (const h of warm) h.detach();
  await Promise.all(warm.map((h) => h.result));
  const specs = Array.from({ length: n }, (_, i) => spec(i));
  const handles = new Array(n);
  const results = readResults ? new Array(n) : undefined;
  for (let i = 0; i < 3; i++) gc();
  const before = process.memoryUsage();
  const g0 = m.stats.gets;
  for (let i = 0; i < n; i++) {
    handles[i] = engine.submit(specs[i]);
    if (results) results[i] = handles[i].result;
  }
  while (m.stats.gets - g0 < n) await new Promise((r) => setTimeout(r, 20));
  for (let i = 0; i < 3; i++) gc();
  const after = process.memoryUsage();
  const inFlight = handles.length;
  for (const h of handles) h.detach();
  await Promise.all(handles.map((h) => h.result));
  await engine.shutdown();
  return {
    tasks: inFlight,
    rssBytesPerTask: round((after.rss - before.rss) / n),
    heapBytesPerTask: round((after.heapUsed - before.heapUsed) / n),
    rssGrowthMB: round((after.rss - before.rss) / 1048576, 1),
    gcExposed: typeof globalThis.gc === 'function',
  };
}

async function limiter() {
  const { createEngine } = await loadEngine();
  const m = makePlugin({ finishAtOnce: false });
  m.plugin.config = {
    readRateLimiter: { qps: 30, burst: 300 },
    writeRateLimiter: LIFTED,
    caching: { size: 10_000, workers: 10, resyncInterval: '1s', maxSystemFailures: 5 },
  };
  m.stats.recordGetTimes = true;
  const engine = createEngine({ entries: [{ id: 'bench', supportedTaskTypes: ['bench'], pluginLoader: () => m.plugin }] });
  await engine.resolve('bench');
  const seconds = 10;
  const t0 = performance.now();
  const handles = [];
  for (let i = 0; i < 2000; i++) handles.push(engine.submit(spec(i)));
  await new Promise((r) => setTimeout(r, seconds * 1000 + 50));
  const gets = m.stats.getTimes.filter((t) => t - t0 <= seconds * 1000).length;
  for (const h of handles) h.detach();
  await engine.shutdown();
  const allowed = 30 * seconds + 300;
  return { qps: 30, burst: 300, seconds, gets, allowed, ratio: round(gets / allowed, 3) };
}

async function latency() {
  const { createEngine } = await loadEngine();
  const m = makePlugin({ finishAtOnce: false });
  m.plugin.config = {
    readRateLimiter: { qps: 1000, burst: 1000 },
    writeRateLimiter: { qps: 1000, burst: 1000 },
    caching: { size: 10_000, workers: 10, resyncInterval: '1s', maxSystemFailures: 5 },
  };
  const engine = createEngine({ entries: [{ id: 'bench', supportedTaskTypes: ['bench'], pluginLoader: () => m.plugin }] });
  await engine.resolve('bench');
  const n = 300;
  const flippedAt = new Map();
  const lat = [];
  engine.on((e) => {
    if (e.type === 'finished') {
      const t = flippedAt.get(e.taskId);
      if (t !== undefined) lat.push(performance.now() - t);
    }
  });
  const handles = [];
  for (let i = 0; i < n; i++) handles.push(engine.submit(spec(i)));
  await new Promise((r) => setTimeout(r, 200));
  // flip each remote job to SUCCEEDED at a random moment over the next 6 s
  await Promise.all(
    Array.from({ length: n }, (_, i) =>
      new Promise((resolve) =>
        setTimeout(() => {
          m.jobs.set(`bench-${i}-0`, 'SUCCEEDED');
          flippedAt.set(`t${i}`, performance.now());
          resolve();
        }, Math.random() * 6000),
      ),
    ),
  );
  await Promise.all(handles.map((h) => h.result));
  await engine.shutdown();
  lat.sort((a, b) => a - b);
  return { tasks: n, resync: '1s', p50Ms: round(percentile(lat, 50)), p99Ms: round(percentile(lat, 99)), maxMs: round(lat.at(-1)) };
}

// Deoptimizations: bursts of tasks with a full GC between them, the way a long-running process sees idle
// spells. Run with --trace-deopt (see nodeFlags); the driver counts the "weak objects" deoptimizations of
// engine code that V8 printed after the warm-up marker. Expected: 0 (see SHAPE_ANCHOR in task-run.ts).
async function deopts() {
  const { createEngine } = await loadEngine();
  const eng = await benchEngine(createEngine);
  for (let i = 0; i < 30; i++) await engineRun(eng, 4000, true);
  process.stdout.write('=== warm\n');
  for (let i = 0; i < 20; i++) {
    globalThis.gc?.();
    await engineRun(eng, 1000, i % 2 === 0);
  }
  await eng.engine.shutdown();
  return { bursts: 20 };
}

function round(x, d = 0) {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

// ---- driver -----------------------------------------------------------------------------------------------

// Realistic remote: 1,000 tasks at once against a loopback HTTP job API (bench/http-remote.mjs: the
// http-job template's mock in its own process), limits lifted (workers = 1,000, so every get can be in
// flight at once, as in the bare loop). Engine wall time ÷ a bare loop making the same HTTP calls (POST
// create, GET, state → phase) with the same concurrency; runs alternate, medians of 9 after a warm-up.
async function realistic() {
  const { startRemote, jobClient, phaseOf } = await import(join(here, 'http-remote.mjs'));
  const { createEngine } = await loadEngine();
  const remote = await startRemote();
  const n = 1000;
  const bareClient = jobClient(remote.url);
  const engClient = jobClient(remote.url);
  const plugin = {
    getConfig: () => ({ readRateLimiter: LIFTED, writeRateLimiter: LIFTED, caching: { size: 100_000, workers: n, resyncInterval: '30s', maxSystemFailures: 5 } }),
    async create(tCtx) {
      const job = await engClient.create(tCtx.taskExecutionMetadata.taskExecutionId.generatedName);
      return { resourceMeta: { id: job.id } };
    },
    get: ({ resourceMeta }) => engClient.get(resourceMeta.id),
    async delete() {},
    status: ({ resource }) => phaseOf(resource),
  };
  const engine = createEngine({ entries: [{ id: 'http', supportedTaskTypes: ['bench'], pluginLoader: () => plugin }] });
  await engine.resolve('bench');
  let round = 0;
  // every round uses new job names (the mock deduplicates creates by name, as a real API would)
  const specAt = (i) => ({ ...spec(i), execution: { ...spec(i).execution, name: `bench-${round}-${i}` } });
  async function bare() {
    const r = round++;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: n }, async (_, i) => {
        const job = await bareClient.create(`bench-${r}-${i}-0`);
        const phase = phaseOf(await bareClient.get(job.id));
        if (phase.phase !== 'Success') throw new Error('a bare job did not succeed');
      }),
    );
    return performance.now() - t0;
  }
  async function viaEngine() {
    const t0 = performance.now();
    const results = await Promise.all(Array.from({ length: n }, (_, i) => engine.submit(specAt(i)).result));
    round++;
    const ms = performance.now() - t0;
    if (results.some((x) => x.outcome !== 'succeeded')) throw new Error('a benchmark task did not succeed');
    return ms;
  }
  for (let i = 0; i < 3; i++) {
    await bare();
    await viaEngine();
  }
  const m = { bare: [], engine: [] };
  for (let r = 0; r < 11; r++) {
    m.bare.push(await bare());
    m.engine.push(await viaEngine());
  }
  await engine.shutdown();
  bareClient.close();
  engClient.close();
  await remote.close();
  const bareMs = median(m.bare);
  const engineMs = median(m.engine);
  return { tasks: n, bareMs: round1(bareMs), engineMs: round1(engineMs), ratio: Math.round((engineMs / bareMs) * 100) / 100, runs: { bare: m.bare.map(round1), engine: m.engine.map(round1) } };
}

function round1(x) {
  return Math.round(x * 10) / 10;
}

// Before/after: this build's engine and an older build's (BENCH_BASELINE_DIST) in one process, runs
// alternating (baseline, this, baseline, ...) so the machine's noise hits both alike; medians.
async function beforeAfter() {
  const base = process.env.BENCH_BASELINE_DIST;
  if (!base) return { skipped: 'set BENCH_BASELINE_DIST to an older build\'s dist/ to compare' };
  const gc = globalThis.gc ?? (() => undefined);
  const mine = await benchEngine((await loadEngine()).createEngine);
  const theirs = await benchEngine((await import(join(base, 'engine', 'index.js'))).createEngine);
  for (let i = 0; i < 6; i++) {
    for (const e of [theirs, mine]) {
      await engineRun(e, 4000, true);
      await engineRun(e, 4000, false);
    }
  }
  const out = [];
  for (const n of [1000, 10_000, 100_000]) {
    const m = { baseConc: [], conc: [], baseSeq: [], seq: [] };
    for (let r = 0; r < repsFor(n); r++) {
      gc();
      m.baseConc.push(await engineRun(theirs, n, true));
      gc();
      m.conc.push(await engineRun(mine, n, true));
      gc();
      m.baseSeq.push(await engineRun(theirs, n, false));
      gc();
      m.seq.push(await engineRun(mine, n, false));
    }
    const [bc, c, bs, q] = [median(m.baseConc), median(m.conc), median(m.baseSeq), median(m.seq)];
    out.push({ n, baselineConcMs: round(bc, 1), engineConcMs: round(c, 1), baselineSeqMs: round(bs, 1), engineSeqMs: round(q, 1), ratioConcurrent: round(c / bc, 2), ratioSequential: round(q / bs, 2) });
  }
  await mine.engine.shutdown();
  await theirs.engine.shutdown();
  return out;
}

const parts = { overhead, beforeAfter, realistic, realisticBaseline: realistic, deopts, memory, memoryHoldingResults, limiter, latency };
const nodeFlags = { deopts: ['--trace-deopt'] };

if (part) {
  const r = await parts[part]();
  process.stdout.write(`${JSON.stringify(r)}\n`);
  process.exit(0);
} else {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  const results = { node: process.version, date: new Date().toISOString() };
  const started = performance.now();
  const baseline = process.env.BENCH_BASELINE_DIST;
  for (const name of Object.keys(parts)) {
    if (only && !only.includes(name)) continue;
    // the realistic figure of an older build, measured in the same run (BENCH_BASELINE_DIST)
    if (name === 'realisticBaseline' && !baseline) continue;
    const args = ['--expose-gc', ...(nodeFlags[name] ?? []), fileURLToPath(import.meta.url), `--part=${name}`];
    const childEnv = name === 'realisticBaseline' ? { ...env, BENCH_ENGINE_DIST: baseline } : env;
    const child = spawnSync(process.execPath, args, { env: childEnv, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (child.status !== 0) {
      process.stderr.write(child.stderr);
      throw new Error(`bench part ${name} failed (exit ${child.status})`);
    }
    results[name] = JSON.parse(child.stdout.trim().split('\n').at(-1));
    if (name === 'deopts') {
      const afterWarm = child.stdout.slice(child.stdout.indexOf('=== warm'));
      results[name].weakObjectDeopts = afterWarm.split('\n').filter((l) => l.includes('reason: weak objects')).length;
    }
  }
  results.totalSeconds = round((performance.now() - started) / 1000, 1);
  const lines = ['engine benchmark'];
  for (const o of results.overhead ?? []) {
    lines.push(
      `  overhead N=${String(o.n).padEnd(6)} all at once: engine ${o.engineConcMs} ms vs bare ${o.bareConcMs} ms → ${o.ratioConcurrent}×;` +
        ` one by one: engine ${o.engineSeqMs} ms vs bare ${o.bareSeqMs} ms → ${o.ratioSequential}×` +
        ` (engine ${o.perTaskUs} µs/task; all-at-once engine ÷ one-by-one bare ${o.ratioVsSequentialBare}×)`,
    );
    lines.push(
      `           floor (the least any engine does, see floorRun) ÷ bare: ${o.floorRatioConcurrent}× all at once, ${o.floorRatioSequential}× one by one;` +
        ` engine ÷ floor: ${o.engineOverFloorConcurrent}× / ${o.engineOverFloorSequential}×`,
    );
  }
  const rr = results.realistic;
  if (rr) lines.push(`  realistic ${rr.tasks} tasks at once, loopback HTTP job API: engine ${rr.engineMs} ms vs bare ${rr.bareMs} ms → ${rr.ratio}×   target ≤ 1.1×`);
  const rb = results.realisticBaseline;
  if (rb) lines.push(`  realistic same, the baseline build (${baseline}): engine ${rb.engineMs} ms vs bare ${rb.bareMs} ms → ${rb.ratio}×`);
  for (const b of Array.isArray(results.beforeAfter) ? results.beforeAfter : []) {
    lines.push(
      `  before/after N=${String(b.n).padEnd(6)} all at once: ${b.engineConcMs} ms vs baseline ${b.baselineConcMs} ms → ${b.ratioConcurrent}×;` +
        ` one by one: ${b.engineSeqMs} ms vs ${b.baselineSeqMs} ms → ${b.ratioSequential}×   target ≤ 1.25×`,
    );
  }
  const mm = results.memory;
  const mh = results.memoryHoldingResults;
  if (mm) lines.push(`  memory   ${mm.tasks} tasks in flight: ${mm.rssBytesPerTask} B RSS/task (${mm.heapBytesPerTask} B heap/task)   target ≤ 2048 B`);
  if (mh) lines.push(`  memory   same, the caller holding every result promise: ${mh.rssBytesPerTask} B RSS/task (${mh.heapBytesPerTask} B heap/task)`);
  const l = results.limiter;
  if (l) lines.push(`  limiter  qps ${l.qps} burst ${l.burst} over ${l.seconds} s: ${l.gets} gets ÷ ${l.allowed} = ${l.ratio}   target 0.98–1.0`);
  const dd = results.deopts;
  if (dd) lines.push(`  deopts   "weak objects" deoptimizations over ${dd.bursts} bursts of 1000 tasks, a full GC before each: ${dd.weakObjectDeopts}   expected 0`);
  const lt = results.latency;
  if (lt) lines.push(`  latency  remote terminal → finished at resync ${lt.resync}: p50 ${lt.p50Ms} ms, p99 ${lt.p99Ms} ms (${lt.tasks} tasks)`);
  lines.push(`  (${results.totalSeconds} s${only ? '' : '; results in bench/results/engine.json'})`);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (only) process.stdout.write(`${JSON.stringify(results)}\n`);
  else {
    mkdirSync(join(here, 'results'), { recursive: true });
    writeFileSync(join(here, 'results', 'engine.json'), `${JSON.stringify(results, null, 2)}\n`);
  }
}
