/**
 * The attempt loop of a TaskRun: set up (validate, route, load or create the state), run attempts, retry
 * failures within the user/system budgets, check outputs and finish with a saved result. Mirrors Flyte's
 * webapi core.go (Handle's phase machine) together with propeller's retry accounting, and fixes: a
 * system failure is retried on its own budget, outputs are size-checked, and a task never runs its plugin
 * inside submit().
 */
import { isFailure, type PhaseInfo } from '../plugin/phase.js';
import { attemptError, deleteResource, disarmTimeout, finishStopped } from './abort.js';
import { releaseQuota } from './allocation.js';
import { PARKED, type AttemptEnd, type MonitorEnd } from './attempt-end.js';
import { launch } from './launcher.js';
import { afterMonitor, reportPhase, untrack } from './monitor.js';
import { generatedName } from './names.js';
import { errorOf, failurePhase, message } from './phase-checks.js';
import { freshState, loadSaved, save } from './state.js';
import { DEFAULT_MAX_DATASET_SIZE_BYTES } from './task-context.js';
import { noop, type TaskRun } from './task-run.js';
import type { AttemptSummary, TaskOutcome, TaskResult } from './types.js';

/**
 * Validate, route (loading the plugin on first use), load or create the state, then run attempts until
 * the task parks in the cache or ends.
 */
export async function runTask(run: TaskRun, resume: boolean): Promise<void> {
  try {
    run.validateSpec();
    const rt = run.engine.runtimeOrLoad(run.spec.template.type);
    // awaited even when at hand: a task never calls its plugin inside submit(), and a burst of submits
    // returns to the caller before the first creates (measured: a lower memory peak in a burst)
    run.rt = await rt;
    if (resume) {
      const finished = await loadSaved(run);
      if (finished) return run.resolved(finished);
    } else freshState(run);
  } catch (e) {
    return failed(run, e);
  }
  void attempts(run, undefined);
}

/** A setup problem: clean up, let pending saves land, reject `result`. */
export async function failed(run: TaskRun, e: unknown): Promise<void> {
  run.cleanup();
  if (run.saving) await run.saving.then(noop, noop);
  run.settle();
  run.settleResult(2, e);
}

/**
 * The attempt loop. `end` is how the current attempt ended, or undefined to start the next attempt.
 * Returns when the task is parked for monitoring (continueAfterMonitor continues it) or has settled.
 */
export async function attempts(run: TaskRun, end: AttemptEnd | undefined): Promise<void> {
  // one async frame for the whole loop (a nested attemptLoop frame cost a promise per entry)
  try {
    const st = run.st;
    for (;;) {
      if (end === undefined) {
        if (run.stopReq) return run.resolved(await finishStopped(run));
        beginAttempt(run);
        const e = await launch(run);
        if (e === PARKED) return;
        end = e;
      }
      untrack(run);
      run.ctx = undefined;
      if (end.type === 'detach') return run.resolved(await finishStopped(run));
      if (end.type === 'abort') {
        releaseQuota(run);
        return run.resolved(await finishStopped(run));
      }
      let pi = end.pi;
      end = undefined;
      reportPhase(run, pi, false);
      if (isFailure(pi.phase) && pi.cleanupOnFailure) await deleteResource(run, pi.reason || errorOf(pi).message, true);
      releaseQuota(run);
      if (pi.phase === 'Success') pi = checkOutputs(run, pi);
      const summary = attemptSummary(run);
      summary.finishedAt = run.clock.now();
      summary.phase = pi.phase;
      if (pi.phase !== 'Success') summary.error = errorOf(pi);
      if (pi.phase === 'RetryableFailure') {
        const sys = errorOf(pi).kind === 'SYSTEM';
        const used = sys ? st.systemRetriesUsed : st.userRetriesUsed;
        const budget = sys ? run.engine.maxSystemRetries : run.maxRetries;
        if (used < budget) {
          if (run.stopReq) return run.resolved(await finishStopped(run));
          if (sys) st.systemRetriesUsed++;
          else st.userRetriesUsed++;
          await nextAttempt(run);
          continue;
        }
        const err = errorOf(pi);
        const msg = `[${used + 1}/${budget + 1}] currentAttempt done. Last Error: ${err.kind}::${err.message}`;
        pi = failurePhase('PermanentFailure', 'USER', `RetriesExhausted|${err.code}`, msg, run.clock.now());
        reportPhase(run, pi, false);
      }
      const result = finish(run, pi.phase === 'Success' ? 'succeeded' : 'failed', pi);
      return run.resolved(result instanceof Promise ? await result : result);
    }
  } catch (e) {
    await failed(run, e);
  }
}

/** Monitoring ended (terminal phase, give-up, invalid status, store failure or interrupt): continue the task. */
export function continueAfterMonitor(run: TaskRun, r: MonitorEnd): void {
  if (r.kind === 'terminal') {
    // the common end (afterMonitor's 'terminal' case, without its async frame)
    run.monitoring = false;
    untrack(run);
    run.remoteTerminal = true;
    disarmTimeout(run);
    void attempts(run, { type: 'phase', pi: r.pi });
    return;
  }
  void continueAfterMonitorSlowly(run, r);
}

async function continueAfterMonitorSlowly(run: TaskRun, r: MonitorEnd): Promise<void> {
  let end: AttemptEnd;
  try {
    try {
      end = await afterMonitor(run, r);
    } catch (e) {
      end = await attemptError(run, e);
    } finally {
      disarmTimeout(run);
    }
  } catch (e) {
    return failed(run, e);
  }
  await attempts(run, end);
}

/** The current attempt's summary in the state (added on first use). */
export function attemptSummary(run: TaskRun): AttemptSummary {
  const st = run.st;
  let s = st.attempts[st.attempts.length - 1];
  if (!s || s.attempt !== st.attempt) {
    s = { attempt: st.attempt, generatedName: st.generatedName, startedAt: st.attemptStartedAt };
    if (st.attempts.length === 0) st.attempts = [s];
    else st.attempts.push(s);
  }
  return s;
}

function beginAttempt(run: TaskRun): void {
  attemptSummary(run);
  run.timedOut = false;
  run.failures = 0;
  run.lastError = '';
  run.attemptPhase = undefined;
  run.created = false;
  run.remoteTerminal = false;
  run.outputs = undefined;
  run.outputError = undefined;
  if (run.engine.hasListeners) run.emit({ type: 'attemptStarted', at: run.clock.now(), taskId: run.taskId, attempt: run.st.attempt, generatedName: run.st.generatedName, pluginId: run.rt.entry.id });
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
  const saved = save(run);
  if (saved !== undefined) await saved;
}

function checkOutputs(run: TaskRun, pi: PhaseInfo): PhaseInfo {
  const now = run.clock.now();
  if (run.outputError) {
    const e = run.outputError;
    const out = failurePhase('PermanentFailure', e.kind ?? 'USER', e.code || 'Unknown', e.message || 'Unknown error message', now);
    reportPhase(run, out, false);
    return out;
  }
  if (run.outputs !== undefined) {
    const max = run.spec.maxDatasetSizeBytes ?? DEFAULT_MAX_DATASET_SIZE_BYTES;
    let size: number;
    try {
      size = Buffer.byteLength(JSON.stringify(run.outputs) ?? '', 'utf8');
    } catch (e) {
      const out = failurePhase('PermanentFailure', 'USER', 'OutputsNotSerializable', `the outputs cannot be written as JSON: ${message(e)}`, now);
      reportPhase(run, out, false);
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
      reportPhase(run, out, false);
      return out;
    }
  }
  return pi;
}

/** The task's result, saved (at once with the in-memory store, else once the save landed). */
export function finish(run: TaskRun, outcome: TaskOutcome, pi: PhaseInfo): TaskResult | Promise<TaskResult> {
  const st = run.st;
  const result: TaskResult = {
    taskId: run.taskId,
    outcome,
    phase: pi.phase,
    phaseInfo: pi,
    attempts: st.attempts,
    logs: run.logs,
    startedAt: st.startedAt,
    finishedAt: run.clock.now(),
  };
  if (outcome === 'succeeded') {
    if (run.outputs !== undefined) result.outputs = run.outputs;
  } else result.error = errorOf(pi);
  st.stage = 'Finished';
  st.phase = pi.phase;
  st.phaseVersion = pi.version ?? 0;
  st.result = result;
  const saved = save(run);
  if (saved === undefined) return finished(run, result);
  return saved.then(() => finished(run, result));
}

function finished(run: TaskRun, result: TaskResult): TaskResult {
  if (run.engine.hasListeners) run.emit({ type: 'finished', at: result.finishedAt, taskId: run.taskId, result });
  return result;
}
