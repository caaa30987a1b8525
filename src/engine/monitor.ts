/**
 * The monitor: a created resource is parked in the plugin's auto-refresh cache, whose workers call
 * syncOnce (get() then status()) each resync interval until the phase is terminal, the plugin keeps
 * failing, or the task is interrupted; every phase change is reported (events, logs, saved state).
 * Monitoring ends through the callback core hands to `park` — the monitor never continues the task itself.
 * Mirrors Flyte's webapi monitor.go and cache.go's SyncResource, and fixes: failures are counted
 * consecutively (not cumulatively), an evicted item is rebuilt from the state, an invalid PhaseInfo is a
 * clear error, and a hung get/status never holds a cache worker once the task stops waiting for it.
 * WaitingForCache from status() is, as in Go's monitor.go (ToPluginPhase → RETURNED_UNKNOWN, the round
 * fails and is retried), a failed sync: more than caching.maxSystemFailures in a row give up.
 */
import { isTerminal, type PhaseInfo } from '../plugin/phase.js';
import { GAVE_UP, type MonitorEnd } from './attempt-end.js';
import { message, phaseInfoProblem } from './phase-checks.js';
import { reportPhase } from './report.js';
import { save } from './state.js';
import type { TaskRun, TrackedItem } from './task-run.js';
import { EngineError } from './types.js';

export const WAITING_FOR_CACHE_ERROR =
  "status() returned WaitingForCache, which a webapi plugin cannot report (Flyte's monitor.go fails the round with RETURNED_UNKNOWN)";

/**
 * Park the task in the auto-refresh cache; `onEnd` is called once when monitoring ends. Returns how it
 * ends at once when there is nothing to wait for (the failures before parking already exceed the limit).
 */
export function park(run: TaskRun, onEnd: (run: TaskRun, end: MonitorEnd) => void): MonitorEnd | undefined {
  if (run.failures > run.rt.maxSystemFailures) return GAVE_UP;
  run.monitorEnd = onEnd;
  // A parked task keeps no plugin context (a sync builds one when it needs it), unless its first sync
  // starts at once (a worker is free and nothing is queued): then its status call uses the context create
  // had. Contexts held by tasks queued for a worker would add up in a burst.
  if (!run.rt.cache!.syncsAtOnce) run.ctx = undefined;
  if (!track(run)) {
    run.monitorEnd = undefined;
    const name = run.st.generatedName;
    const msg = `task "${run.taskId}": another running task already tracks the remote job "${name}" (the same execution.name): this task's create reached that job; it is left to the other task. Give each task its own execution.name`;
    return { kind: 'refused', error: new EngineError('GeneratedNameClash', msg, { taskId: run.taskId }) };
  }
  run.host.rested(run);
  return undefined;
}

/** Monitoring ended: stop tracking, hand the end to core's callback (once). */
function end(run: TaskRun, r: MonitorEnd): void {
  const onEnd = run.monitorEnd;
  if (onEnd === undefined) return;
  run.monitorEnd = undefined;
  untrack(run);
  onEnd(run, r);
}

/** Core stops monitoring (an interrupt): no callback; a sync in flight is abandoned and its worker replaced. */
export function stopMonitoring(run: TaskRun): void {
  run.monitorEnd = undefined;
  untrack(run, true);
}

function track(run: TaskRun): boolean {
  const item: TrackedItem = { key: run.st.generatedName, gone: false, queued: false, processing: false, abandoned: false, run };
  run.item = item; // before add: the cache may sync it at once
  if (run.rt.cache!.add(item)) return true;
  run.item = undefined;
  return false;
}

/** Stop tracking (the cache item and any pending rebuild). */
export function untrack(run: TaskRun, releaseWorker = false): void {
  if (run.rebuildTimer !== undefined) {
    run.clock.clearTimeout(run.rebuildTimer);
    run.rebuildTimer = undefined;
  }
  const item = run.item;
  if (item) {
    run.item = undefined;
    run.rt.cache?.remove(item, releaseWorker);
  }
}

/** The LRU evicted our item: rebuild it from the state one resync interval later (phase kept). */
export function onEvicted(run: TaskRun, item: TrackedItem): void {
  if (item !== run.item) return;
  run.item = undefined;
  run.rebuildTimer = run.clock.setTimeout(() => {
    run.rebuildTimer = undefined;
    if (run.monitorEnd !== undefined && !run.item) track(run); // a clash here cannot be: the key was ours
  }, run.rt.resyncMs);
}

/** One refresh of a parked task (called by the cache's workers): get(), status(), report. */
export async function syncOnce(run: TaskRun, item: TrackedItem): Promise<void> {
  if (item !== run.item) return;
  const rt = run.rt;
  const plugin = rt.async!;
  const t0 = run.clock.now();
  let resource: unknown;
  try {
    const ctx = { resourceMeta: run.st.resourceMeta, signal: run.signal(), connectionConfigs: run.spec.connectionConfigs };
    resource = await (run.host.strays === undefined ? plugin.get(ctx) : run.call(() => plugin.get(ctx)));
  } catch (e) {
    if (item === run.item) countFailure(run, e, 'get');
    return;
  }
  rt.metrics.observeGetLatency(run.clock.now() - t0);
  if (item !== run.item) return;
  let pi: PhaseInfo;
  try {
    const ctx = run.statusContext(resource);
    pi = await (run.host.strays === undefined ? plugin.status(ctx) : run.call(() => plugin.status(ctx)));
  } catch (e) {
    if (item === run.item) countFailure(run, e, 'status');
    return;
  }
  if (item !== run.item) return;
  const problem = phaseInfoProblem(pi);
  if (problem) {
    end(run, { kind: 'invalid', error: new EngineError('InvalidPhaseInfo', `plugin "${rt.entry.id}": status() returned ${problem}`, { pluginId: rt.entry.id, taskId: run.taskId }) });
    return;
  }
  if (pi.phase === 'WaitingForCache') {
    countFailure(run, WAITING_FOR_CACHE_ERROR, 'status');
    return;
  }
  run.failures = 0;
  if (isTerminal(pi.phase)) {
    reportPhase(run, pi);
    end(run, { kind: 'terminal', pi });
    return;
  }
  if (reportPhase(run, pi)) save(run)?.catch((error: unknown) => end(run, { kind: 'store', error }));
  run.ctx = undefined; // waiting for the next resync: keep no context
}

/** A get/status failure: count it (consecutively); past caching.maxSystemFailures monitoring gives up. */
export function countFailure(run: TaskRun, e: unknown, what: 'get' | 'status'): void {
  run.failures++;
  run.lastError = what === 'status' && e === WAITING_FOR_CACHE_ERROR ? e : `${what}: ${message(e)}`;
  run.rt.metrics.syncErrors.inc();
  run.emit({ type: 'getFailed', at: run.clock.now(), taskId: run.taskId, attempt: run.st.attempt, consecutiveFailures: run.failures, error: run.lastError });
  if (run.failures > run.rt.maxSystemFailures) end(run, GAVE_UP);
}
