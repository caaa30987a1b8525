/**
 * The monitor: a created resource is parked in the plugin's auto-refresh cache, whose workers call
 * syncOnce (get() then status()) each resync interval until the phase is terminal, the plugin keeps
 * failing, or the task is interrupted; every phase change is reported (events, logs, saved state).
 * Mirrors Flyte's webapi monitor.go and cache.go's SyncResource, and fixes: failures are counted
 * consecutively (not cumulatively), an evicted item is rebuilt from the state, an invalid PhaseInfo is a
 * clear error (and the resource is deleted), and giving up deletes the resource.
 */
import { isTerminal, type PhaseInfo } from '../plugin/phase.js';
import { checkInterrupt, deleteResource } from './abort.js';
import { GAVE_UP, INTERRUPT, type AttemptEnd, type MonitorEnd } from './attempt-end.js';
import { continueAfterMonitor } from './core.js';
import type { TrackedItem } from './engine.js';
import { failurePhase, message, phaseInfoProblem } from './phase-checks.js';
import { save } from './state.js';
import type { TaskRun } from './task-run.js';
import { EngineError, type EngineEvent } from './types.js';

/**
 * Start tracking the resource in the auto-refresh cache. Returns undefined when the task is parked
 * (monitoring ends through endMonitor), or at once how monitoring ends when there is nothing to wait for.
 */
export function park(run: TaskRun): MonitorEnd | undefined {
  if (run.failures > run.rt.maxSystemFailures) return GAVE_UP;
  checkInterrupt(run);
  run.monitoring = true;
  // A parked task keeps no plugin context (a sync builds one when it needs it), unless its first sync
  // starts at once (a worker is free and nothing is queued): then its status call uses the context create
  // had. Contexts held by tasks queued for a worker would add up in a burst.
  if (!run.rt.cache!.syncsAtOnce) run.ctx = undefined;
  track(run);
  run.engine.rested(run);
  return undefined;
}

/** How the attempt ends once monitoring ended other than by a terminal phase seen in syncOnce. */
export async function afterMonitor(run: TaskRun, r: MonitorEnd): Promise<AttemptEnd> {
  run.monitoring = false;
  untrack(run);
  switch (r.kind) {
    case 'interrupted':
      throw INTERRUPT;
    case 'terminal':
      run.remoteTerminal = true;
      return { type: 'phase', pi: r.pi };
    case 'gaveUp': {
      const n = run.failures;
      const msg = `${n} consecutive get/status failures (more than caching.maxSystemFailures = ${run.rt.maxSystemFailures}); last error: ${run.lastError}`;
      await deleteResource(run, `giving up: ${msg}`);
      return { type: 'phase', pi: failurePhase('PermanentFailure', 'SYSTEM', 'AutoRefreshCacheFailed', msg, run.clock.now()) };
    }
    case 'invalid':
      await deleteResource(run, 'the plugin returned an invalid PhaseInfo');
      throw r.error;
    case 'store':
      throw r.error;
  }
}

/** End monitoring of a parked task (no-op when it is not parked) and continue it. */
export function endMonitor(run: TaskRun, r: MonitorEnd): void {
  if (!run.monitoring) return;
  run.monitoring = false;
  void continueAfterMonitor(run, r);
}

function track(run: TaskRun): void {
  const item: TrackedItem = { key: run.st.generatedName, gone: false, queued: false, processing: false, run };
  run.item = item;
  run.rt.cache!.add(item);
}

/** Stop tracking (the cache item and any pending rebuild). */
export function untrack(run: TaskRun): void {
  if (run.rebuildTimer !== undefined) {
    run.clock.clearTimeout(run.rebuildTimer);
    run.rebuildTimer = undefined;
  }
  const item = run.item;
  if (item) {
    run.item = undefined;
    run.rt.cache?.remove(item);
  }
}

/** The LRU evicted our item: rebuild it from the state one resync interval later (phase kept). */
export function onEvicted(run: TaskRun, item: TrackedItem): void {
  if (item !== run.item) return;
  run.item = undefined;
  run.rebuildTimer = run.clock.setTimeout(() => {
    run.rebuildTimer = undefined;
    if (run.monitoring && !run.item) track(run);
  }, run.rt.resyncMs);
}

/** One refresh of a parked task (called by the cache's workers): get(), status(), report. */
export async function syncOnce(run: TaskRun, item: TrackedItem): Promise<void> {
  if (item !== run.item) return;
  const rt = run.rt;
  const t0 = run.clock.now();
  let resource: unknown;
  try {
    resource = await rt.async!.get({ resourceMeta: run.st.resourceMeta, signal: run.signal() });
  } catch (e) {
    if (item === run.item) syncFailed(run, e, 'get');
    return;
  }
  rt.metrics.observeGetLatency(run.clock.now() - t0);
  if (item !== run.item) return;
  let pi: PhaseInfo;
  try {
    pi = await rt.async!.status(run.statusContext(resource));
  } catch (e) {
    if (item === run.item) syncFailed(run, e, 'status');
    return;
  }
  if (item !== run.item) return;
  run.failures = 0;
  const problem = phaseInfoProblem(pi);
  if (problem) {
    endMonitor(run, {
      kind: 'invalid',
      error: new EngineError('InvalidPhaseInfo', `plugin "${rt.entry.id}": status() returned ${problem}`, { pluginId: rt.entry.id, taskId: run.taskId }),
    });
    return;
  }
  const terminal = isTerminal(pi.phase);
  reportPhase(run, pi, !terminal);
  if (terminal) endMonitor(run, { kind: 'terminal', pi });
  else run.ctx = undefined; // waiting for the next resync: keep no context
}

/** A get/status failure: count it (consecutively) and give up past caching.maxSystemFailures. */
export function syncFailed(run: TaskRun, e: unknown, what: 'get' | 'status'): void {
  run.failures++;
  run.lastError = `${what}: ${message(e)}`;
  run.rt.metrics.syncErrors.inc();
  run.emit({ type: 'getFailed', at: run.clock.now(), taskId: run.taskId, attempt: run.st.attempt, consecutiveFailures: run.failures, error: run.lastError });
  if (run.failures > run.rt.maxSystemFailures) endMonitor(run, GAVE_UP);
}

// ---- phase reporting -------------------------------------------------------------------------------------

/** Record a phase the attempt reached (once per phase and version): logs, summary, event, optional save. */
export function reportPhase(run: TaskRun, pi: PhaseInfo, saveState: boolean): void {
  const v = pi.version ?? 0;
  const cur = run.attemptPhase;
  if (cur && cur.phase === pi.phase && (cur.version ?? 0) === v) return;
  const previous = run.lastPhase;
  run.attemptPhase = pi;
  run.lastPhase = pi.phase;
  run.st.phase = pi.phase;
  run.st.phaseVersion = v;
  const logs = pi.info?.logs;
  if (logs && logs.length > 0) {
    for (const l of logs) {
      if (!run.logs.some((x) => x.uri === l.uri && x.name === l.name)) run.logs.push(l);
    }
  }
  const s = run.st.attempts[run.st.attempts.length - 1];
  if (s) s.phase = pi.phase;
  if (run.engine.hasListeners) {
    const ev: EngineEvent = { type: 'phaseChanged', at: run.clock.now(), taskId: run.taskId, attempt: run.st.attempt, phaseInfo: pi };
    if (previous !== undefined) ev.previous = previous;
    run.engine.emit(ev);
  }
  if (saveState) {
    save(run)?.catch((error: unknown) => endMonitor(run, { kind: 'store', error }));
  }
}
