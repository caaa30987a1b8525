/**
 * The task's result: the attempt summaries, the outputs check on success (Flyte's ValidateOutput: an
 * error document put by the plugin, the spec's checkOutputs hook, the size limit), and the saved result
 * record. Mirrors what propeller does when a task reaches a terminal phase (outputs validated, the
 * node's final state written). Each function returns what it built; core.ts decides when.
 */
import type { PhaseInfo } from '../plugin/phase.js';
import type { DeleteOutcome } from './abort.js';
import { errorOf, failurePhase, isoTime, jsonSize, message, outputsProblem } from './phase-checks.js';
import { reportPhase } from './report.js';
import { save } from './state.js';
import { DEFAULT_MAX_DATASET_SIZE_BYTES } from './task-context.js';
import { noop, type TaskRun } from './task-run.js';
import type { AttemptSummary, TaskOutcome, TaskResult } from './types.js';

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

/** Close the current attempt's summary with its final phase. */
export function closeAttempt(run: TaskRun, pi: PhaseInfo): void {
  const s = attemptSummary(run);
  if (s.finishedAt !== undefined) return;
  s.finishedAt = run.clock.now();
  s.phase = pi.phase;
  if (pi.phase !== 'Success') s.error = errorOf(pi);
}

/**
 * Success turns into a failure when the plugin put an error document, outputs JSON cannot hold (a
 * function, a Map: checked first, on what the plugin put), outputs the spec's checkOutputs refuses
 * (which may also give the outputs to keep), or outputs over the size limit.
 */
export function checkOutputs(run: TaskRun, pi: PhaseInfo): PhaseInfo {
  const now = run.clock.now();
  const out = outputsFailure(run, now);
  if (out === undefined) return pi;
  reportPhase(run, out);
  return out;
}

function outputsFailure(run: TaskRun, now: number): PhaseInfo | undefined {
  if (run.outputError) {
    const e = run.outputError;
    return failurePhase('PermanentFailure', e.kind ?? 'USER', e.code || 'Unknown', e.message || 'Unknown error message', now);
  }
  if (run.outputs === undefined && !run.spec.checkOutputs) return undefined;
  const bad = run.outputs === undefined ? undefined : outputsProblem(run.outputs);
  if (bad) return failurePhase('PermanentFailure', 'USER', 'OutputsNotSerializable', `the outputs cannot be written as JSON: ${bad}`, now);
  const checked = run.spec.checkOutputs?.(run.outputs);
  if (checked && 'failure' in checked) {
    const f = checked.failure;
    return failurePhase(f.phase, f.kind, f.code, f.message, now);
  }
  if (checked && 'outputs' in checked) run.outputs = checked.outputs;
  if (run.outputs === undefined) return undefined;
  const max = run.spec.maxDatasetSizeBytes ?? DEFAULT_MAX_DATASET_SIZE_BYTES;
  let size: number;
  try {
    size = jsonSize(run.outputs);
  } catch (e) {
    return failurePhase('PermanentFailure', 'USER', 'OutputsNotSerializable', `the outputs cannot be written as JSON: ${message(e)}`, now);
  }
  if (size > max) return failurePhase('PermanentFailure', 'USER', 'OutputSizeExceeded', `the outputs are ${size} bytes, more than the limit of ${max} bytes (maxDatasetSizeBytes)`, now);
  return undefined;
}

/** The task's result, saved (at once with the in-memory store, else once the save landed). */
export function finalResult(run: TaskRun, outcome: TaskOutcome, pi: PhaseInfo): TaskResult | Promise<TaskResult> {
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
  if (run.host.hasListeners) run.emit({ type: 'finished', at: result.finishedAt, taskId: run.taskId, result });
  return result;
}

/** The result of a detached task: the stored state stays as it is, for a later resume. */
export async function detachedResult(run: TaskRun): Promise<TaskResult> {
  if (run.saving) await run.saving.then(noop, noop);
  const now = run.clock.now();
  const result: TaskResult = {
    taskId: run.taskId,
    outcome: 'detached',
    phase: run.lastPhase ?? run.st?.phase ?? 'Undefined',
    attempts: run.st?.attempts ?? [],
    logs: run.logs,
    startedAt: run.st?.startedAt ?? now,
    finishedAt: now,
  };
  if (run.attemptPhase) result.phaseInfo = run.attemptPhase;
  if (run.host.hasListeners) run.emit({ type: 'finished', at: now, taskId: run.taskId, result });
  return result;
}

const LEFT_RUNNING = '; the remote job may still be running (delete did not finish)';

/** The attempt's end after a timeout or a stray error was cleaned up (`deleted`: what became of the job). */
export function interruptedPhase(run: TaskRun, deleted: DeleteOutcome): PhaseInfo {
  const stop = run.interrupt!;
  const left = deleted === 'unfinished' || deleted === 'failed' ? LEFT_RUNNING : '';
  if (stop.kind === 'timeout') return failurePhase('RetryableFailure', 'USER', 'TimeoutExpired', stop.reason + left, run.clock.now());
  return failurePhase('PermanentFailure', 'SYSTEM', 'StrayPluginError', stop.reason + left, run.clock.now());
}

/** The result of an aborted task (phase Aborted, with the caller's reason), saved. */
export function abortedResult(run: TaskRun, reason: string, deleted: DeleteOutcome): TaskResult | Promise<TaskResult> {
  const msg = deleted === 'unfinished' || deleted === 'failed' ? reason + LEFT_RUNNING : reason;
  const pi: PhaseInfo = { phase: 'Aborted', version: 0, reason: msg, error: { code: 'Aborted', message: msg, kind: 'USER' }, info: { occurredAt: isoTime(run.clock.now()) } };
  reportPhase(run, pi);
  if (run.st.attempts.length > 0) closeAttempt(run, pi);
  return finalResult(run, 'aborted', pi);
}
