/**
 * The driver of one task, read top-down: as Flyte's webapi core.go drives Handle (allocate a token →
 * launch → monitor → terminal), with propeller's retry, timeout and abort handling around it. Only this
 * module moves a task from stage to stage (`enter`, checked against the table below); the lower modules
 * (allocation, launcher, monitor, abort, state, result, waits) do one step each and return what happened.
 * Fixes over Flyte: a system failure is retried on its own budget, outputs are size-checked, a task never
 * runs its plugin inside submit(), and no plugin call (create, get, status, delete, do, the loader) that
 * never settles can hold a task: its timeout, an abort or a stray error still end it, within bounds.
 */
import { isFailure, type PhaseInfo } from '../plugin/phase.js';
import { formatDuration } from '../util/duration.js';
import { CLEANUP_BOUND, deleteResource, keepPendingCreate } from './abort.js';
import { acquireQuota, releaseQuota } from './allocation.js';
import { ATTEMPT_INTERRUPTED, INTERRUPTED, STALE, type AttemptEnd, type MonitorEnd, type Stale } from './attempt-end.js';
import { launch, LAUNCHED, runDo } from './launcher.js';
import { park, stopMonitoring, untrack } from './monitor.js';
import { generatedName } from './names.js';
import { errorOf, failurePhase, message } from './phase-checks.js';
import { reportPhase } from './report.js';
import { abortedResult, attemptSummary, checkOutputs, closeAttempt, detachedResult, finalResult, interruptedPhase } from './result.js';
import { freshState, loadSaved, save } from './state.js';
import { specLimits } from './task-context.js';
import type { TaskRun } from './task-run.js';
import type { Stage, TaskOutcome, TaskResult } from './types.js';
import { armTimeout, awaiting, disarmTimeout, taken, wakeWait } from './waits.js';

// ---- stages ----------------------------------------------------------------------------------------------

/** The allowed stage changes. Rejected (a setup error) can follow any stage that has not ended. */
const NEXT: Record<Stage, readonly Stage[]> = {
  Admitting: ['Loading'],
  Loading: ['Allocating', 'Creating', 'Monitoring', 'Cleaning', 'Ending', 'Settled'],
  Allocating: ['Creating', 'Monitoring', 'Cleaning', 'Ending'],
  Creating: ['Monitoring', 'Cleaning', 'Ending'],
  Monitoring: ['Cleaning', 'Ending'],
  Cleaning: ['Ending'],
  Ending: ['Loading', 'Allocating', 'Creating', 'Cleaning', 'Settled'],
  Settled: [],
  Rejected: [],
};
const ALLOWED = new Map<Stage, ReadonlySet<Stage>>(
  (Object.keys(NEXT) as Stage[]).map((s) => [s, new Set<Stage>(s === 'Settled' || s === 'Rejected' ? [] : [...NEXT[s], 'Rejected'])]),
);

/** Move a task to `stage`: the one place a stage is set (recorded through EngineOptions.onStage). */
export function enter(run: TaskRun, stage: Stage): void {
  const from = run.stage;
  if (!ALLOWED.get(from)!.has(stage)) throw new Error(`task "${run.taskId}": illegal stage change ${from} → ${stage} (an engine bug)`);
  run.stage = stage;
  run.host.onStage?.(run.taskId, from, stage);
}

// ---- the drive -------------------------------------------------------------------------------------------

/** A task's start (admitted by the engine): check the spec, make or load its state, run its attempts. */
export function startTask(run: TaskRun): void {
  try {
    enter(run, 'Loading');
    const limits = specLimits(run.spec, run.taskId);
    run.timeoutMs = limits.timeoutMs;
    run.maxRetries = limits.maxRetries;
    if (run.resume) {
      void resumeTask(run);
      return;
    }
    freshState(run);
  } catch (e) {
    void reject(run, e);
    return;
  }
  void attempts(run, undefined);
}

async function resumeTask(run: TaskRun): Promise<void> {
  try {
    const done = await loadSaved(run);
    if (done) return settle(run, done);
  } catch (e) {
    return reject(run, e);
  }
  return attempts(run, undefined);
}

/**
 * The attempt loop. `end` is how the current attempt ended, or undefined to run the next attempt.
 * Returns when the task is parked for monitoring (`monitorEnded` continues it) or has settled.
 */
async function attempts(run: TaskRun, end: AttemptEnd | undefined): Promise<void> {
  // one async frame for the whole loop (a nested frame per attempt cost a promise per task)
  try {
    for (;;) {
      if (end === undefined) {
        const r = await attempt(run);
        if (r === PARKED || r === STALE) return;
        end = r;
      }
      disarmTimeout(run);
      untrack(run);
      run.ctx = undefined;
      let pi: PhaseInfo;
      if (end.type === 'interrupted') {
        const stop = run.interrupt!;
        if (stop.kind === 'detach') {
          if (run.stage !== 'Ending') enter(run, 'Ending');
          await keepPendingCreate(run);
          return settle(run, await detachedResult(run));
        }
        enter(run, 'Cleaning');
        const deleted = await deleteResource(run, stop.reason, { deadline: run.clock.now() + (stop.kind === 'abort' ? CLEANUP_BOUND.abortMs : CLEANUP_BOUND.timeoutMs) });
        releaseQuota(run);
        enter(run, 'Ending');
        // an abort that came while a timeout was being cleaned up wins
        if (run.interrupt!.kind === 'abort') return settle(run, await abortedResult(run, run.interrupt!.reason, deleted));
        pi = interruptedPhase(run, deleted);
        reportPhase(run, pi);
      } else {
        pi = end.pi;
        if (isFailure(pi.phase) && pi.cleanupOnFailure) {
          enter(run, 'Cleaning');
          await deleteResource(run, pi.reason || errorOf(pi).message, { evenIfEnded: true });
        }
        enter(run, 'Ending');
        reportPhase(run, pi);
        releaseQuota(run);
      }
      end = undefined;
      if (pi.phase === 'Success') pi = checkOutputs(run, pi);
      closeAttempt(run, pi);
      if (pi.phase === 'RetryableFailure') {
        const st = run.st;
        const sys = errorOf(pi).kind === 'SYSTEM';
        const used = sys ? st.systemRetriesUsed : st.userRetriesUsed;
        const budget = sys ? run.host.maxSystemRetries : run.maxRetries;
        if (used < budget) {
          if (run.interrupt !== undefined && run.interrupt.kind !== 'timeout') {
            end = ATTEMPT_INTERRUPTED; // aborted or detached between attempts: no new attempt
            continue;
          }
          if (sys) st.systemRetriesUsed++;
          else st.userRetriesUsed++;
          await nextAttempt(run);
          continue;
        }
        const err = errorOf(pi);
        const msg = `[${used + 1}/${budget + 1}] currentAttempt done. Last Error: ${err.kind}::${err.message}`;
        pi = failurePhase('PermanentFailure', 'USER', `RetriesExhausted|${err.code}`, msg, run.clock.now());
        reportPhase(run, pi);
      }
      const outcome: TaskOutcome = pi.phase === 'Success' ? 'succeeded' : 'failed';
      const result = finalResult(run, outcome, pi);
      return settle(run, result instanceof Promise ? await result : result);
    }
  } catch (e) {
    await reject(run, e);
  }
}

/** The task was parked and is no longer waited for (PARKED is what `attempt` returns then). */
const PARKED: unique symbol = Symbol('parked');

/** One attempt, up to its end or its parking in the cache: load the plugin, take a quota token, create. */
async function attempt(run: TaskRun): Promise<AttemptEnd | typeof PARKED | Stale> {
  armTimeout(run, timedOut);
  if (run.rt === undefined) {
    if (run.stage !== 'Loading') enter(run, 'Loading');
    if (run.interrupt !== undefined) return ATTEMPT_INTERRUPTED;
    const epoch = run.epoch;
    // awaited even when at hand: a task never calls its plugin inside submit(), and a burst of submits
    // returns to the caller before the first creates (measured: a lower memory peak in a burst)
    let rt;
    try {
      rt = await awaiting(run, run.host.runtimeOrLoad(run.spec.template.type, run.spec.template.taskTypeVersion ?? 0));
    } catch (e) {
      if (taken(run, epoch)) return STALE;
      throw e;
    }
    if (taken(run, epoch)) return STALE;
    run.rt = rt;
  }
  beginAttempt(run);
  const resumedCreated = run.st.stage === 'Created';
  if (resumedCreated) run.remote = 'live';
  if (run.interrupt !== undefined) return ATTEMPT_INTERRUPTED;
  const rt = run.rt;
  if (rt.quotas) {
    enter(run, 'Allocating');
    const q = await acquireQuota(run, resumedCreated);
    if (q === STALE) return STALE;
    if (q === INTERRUPTED) return ATTEMPT_INTERRUPTED;
    if (q !== undefined) return { type: 'phase', pi: q };
  }
  if (!resumedCreated) {
    enter(run, 'Creating');
    if (rt.sync) return runDo(run, rt.sync);
    const launched = await launch(run, rt.async!);
    if (launched !== LAUNCHED) return launched;
  }
  enter(run, 'Monitoring');
  const r = park(run, monitorEnded);
  if (r === undefined) return PARKED;
  return afterMonitor(run, r);
}

function beginAttempt(run: TaskRun): void {
  attemptSummary(run);
  run.failures = 0;
  run.lastError = '';
  run.attemptPhase = undefined;
  run.remote = 'none';
  run.pendingCreate = undefined;
  run.outputs = undefined;
  run.outputError = undefined;
  if (run.host.hasListeners) run.emit({ type: 'attemptStarted', at: run.clock.now(), taskId: run.taskId, attempt: run.st.attempt, generatedName: run.st.generatedName, pluginId: run.rt.entry.id });
}

async function nextAttempt(run: TaskRun): Promise<void> {
  const st = run.st;
  st.attempt++;
  st.generatedName = generatedName(run.spec.execution.name, st.attempt);
  st.stage = 'NotStarted';
  st.resourceMeta = undefined;
  st.phase = undefined;
  st.phaseVersion = undefined;
  st.attemptStartedAt = run.clock.now();
  if (run.interrupt?.kind === 'timeout') run.interrupt = undefined; // the new attempt has its own timeout
  const saved = save(run);
  if (saved !== undefined) await saved;
}

// ---- monitoring ends, interrupts -------------------------------------------------------------------------

/** The callback the monitor gets when core parks a task: monitoring ended, continue the task. */
function monitorEnded(run: TaskRun, r: MonitorEnd): void {
  if (r.kind === 'terminal') {
    // the common end, without an extra async frame
    run.remote = 'ended';
    void attempts(run, { type: 'phase', pi: r.pi });
    return;
  }
  void afterMonitor(run, r).then(
    (end) => attempts(run, end),
    (e: unknown) => reject(run, e),
  );
}

/** How the attempt ends when monitoring ended other than by a terminal phase. */
async function afterMonitor(run: TaskRun, r: MonitorEnd): Promise<AttemptEnd> {
  switch (r.kind) {
    case 'terminal':
      run.remote = 'ended';
      return { type: 'phase', pi: r.pi };
    case 'interrupted':
      return ATTEMPT_INTERRUPTED;
    case 'gaveUp': {
      const msg = `${run.failures} consecutive get/status failures (more than caching.maxSystemFailures = ${run.rt.maxSystemFailures}); last error: ${run.lastError}`;
      enter(run, 'Cleaning');
      await deleteResource(run, `giving up: ${msg}`);
      return { type: 'phase', pi: failurePhase('PermanentFailure', 'SYSTEM', 'AutoRefreshCacheFailed', msg, run.clock.now()) };
    }
    case 'invalid':
      enter(run, 'Cleaning');
      await deleteResource(run, 'the plugin returned an invalid PhaseInfo');
      throw r.error;
    case 'store':
      throw r.error;
    case 'refused':
      run.remote = 'none';
      throw r.error;
  }
}

/**
 * An interrupt was asked (abort, detach, timeout, stray error): end the wait in progress; or take the task
 * over from a plugin call it is suspended on (that step, if the call ever settles, finds itself stale); or
 * end its monitoring. The task then continues with the interrupt's cleanup.
 */
export function wake(run: TaskRun): void {
  if (run.ended) return;
  wakeWait(run);
  if (run.inflight !== undefined) {
    run.inflight = undefined;
    run.epoch++;
    void attempts(run, ATTEMPT_INTERRUPTED);
  } else if (run.stage === 'Monitoring' && run.monitorEnd !== undefined) {
    stopMonitoring(run);
    void attempts(run, ATTEMPT_INTERRUPTED);
  }
}

function timedOut(run: TaskRun): void {
  if (run.interrupt !== undefined || run.ended) return;
  run.interrupt = { kind: 'timeout', reason: `task execution timeout [${formatDuration(run.timeoutMs)}] expired` };
  wake(run);
}

/** A stray error from the task's plugin code: end the task (SYSTEM failure, after deleting its job). */
export function strayError(run: TaskRun, error: unknown): boolean {
  if (run.ended || (run.interrupt !== undefined && run.interrupt.kind !== 'timeout')) return false;
  run.interrupt = { kind: 'stray', reason: `the plugin's code failed outside any call the engine awaits (an unhandled rejection or uncaught exception): ${message(error)}` };
  wake(run);
  return true;
}

// ---- settling --------------------------------------------------------------------------------------------

function settle(run: TaskRun, result: TaskResult): void {
  enter(run, 'Settled');
  release(run);
  run.deliver('resolve', result);
}

/** A setup problem (or an engine bug): clean up, let pending saves land, reject `result`. */
export async function reject(run: TaskRun, e: unknown): Promise<void> {
  if (run.ended) return;
  release(run);
  if (run.saving) await run.saving.then(
    () => undefined,
    () => undefined,
  );
  if (!run.ended) enter(run, 'Rejected');
  run.deliver('reject', e);
}

function release(run: TaskRun): void {
  run.host.rested(run);
  untrack(run);
  disarmTimeout(run);
  if (run.rt !== undefined) releaseQuota(run);
  run.host.forget(run);
}
