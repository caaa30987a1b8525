/**
 * The launcher: one attempt of a TaskRun up to the point where the monitor takes over — quota, then
 * create() (or a SyncPlugin's do()) under the write limiter with retries and backoff, the resourceMeta
 * check and save, and a first status() when create returned the resource. Mirrors Flyte's webapi
 * launcher.go, and fixes: create is write-limited and retried with backoff (Flyte tries once), a
 * permanent error is not retried, a resourceMeta that cannot be saved is a clear error (and the resource
 * is deleted), and SyncPlugins are supported.
 */
import { isPermanentError } from '../plugin/errors.js';
import { isTerminal, type PhaseInfo } from '../plugin/phase.js';
import type { CreateResult, SyncPlugin } from '../plugin/plugin.js';
import { armTimeout, attemptError, checkInterrupt, deleteResource, disarmTimeout, isInterrupted, sleep } from './abort.js';
import { acquireQuota } from './allocation.js';
import { EndAttempt, INTERRUPT, PARKED, type AttemptEnd } from './attempt-end.js';
import { afterMonitor, park, reportPhase, syncFailed } from './monitor.js';
import { failurePhase, isoTime, message, notSerializable, phaseInfoProblem } from './phase-checks.js';
import { save } from './state.js';
import type { TaskRun } from './task-run.js';
import { EngineError } from './types.js';

/** Backoff of create/delete/do retries: base·2^n, capped, with "equal jitter" (half fixed, half random). */
export const RETRY_BACKOFF = Object.freeze({ baseMs: 1000, capMs: 30_000 });

/** The delay before retry number `retry` (0-based). */
export function backoff(run: TaskRun, retry: number): number {
  const exp = Math.min(RETRY_BACKOFF.capMs, RETRY_BACKOFF.baseMs * 2 ** retry);
  return Math.round(exp / 2 + (exp / 2) * run.engine.random());
}

/** Run the current attempt until it ends, or until it is parked in the cache for monitoring (PARKED). */
export async function launch(run: TaskRun): Promise<AttemptEnd | typeof PARKED> {
  const st = run.st;
  armTimeout(run);
  let parked = false;
  try {
    if (st.stage === 'Created') {
      run.created = true;
      if (run.rt.quotas) await acquireQuota(run, true);
      const r = park(run);
      if (r === undefined) {
        parked = true;
        return PARKED;
      }
      return await afterMonitor(run, r);
    }
    if (run.rt.quotas) await acquireQuota(run, false);
    if (run.rt.sync) return await runSync(run, run.rt.sync);
    const plugin = run.rt.async!;
    st.stage = 'Creating';
    const saving = save(run);
    if (saving !== undefined) await saving;
    let cr: CreateResult | undefined;
    if (!isInterrupted(run) && run.rt.writeLimiter.tryTake()) {
      // a write token at hand: the first call without withRetries' frame (retries go through it)
      try {
        cr = await plugin.create(run.context());
      } catch (e) {
        cr = await withRetries(run, 'create', () => plugin.create(run.context()), { error: e });
      }
    } else cr = await withRetries(run, 'create', () => plugin.create(run.context()));
    if (typeof cr !== 'object' || cr === null) {
      throw new EndAttempt(
        failurePhase('PermanentFailure', 'SYSTEM', 'InvalidCreateResult', `plugin "${run.rt.entry.id}": create() must return {resourceMeta, resource?}, got ${cr === null ? 'null' : typeof cr}`, run.clock.now()),
      );
    }
    const { resourceMeta, resource } = cr as CreateResult;
    st.resourceMeta = resourceMeta;
    run.created = true;
    const why = notSerializable(resourceMeta);
    if (why) {
      await deleteResource(run, 'resourceMeta is not JSON-serializable');
      st.resourceMeta = undefined; // the state (which the in-memory store holds live) stays serializable
      throw new EngineError(
        'NotSerializable',
        `plugin "${run.rt.entry.id}": create() returned a resourceMeta that cannot be saved as JSON (${why}); use plain objects, arrays, strings, finite numbers, booleans and null`,
        { pluginId: run.rt.entry.id, taskId: run.taskId },
      );
    }
    st.stage = 'Created';
    const now = run.clock.now();
    if (run.engine.hasListeners) run.emit({ type: 'created', at: now, taskId: run.taskId, attempt: st.attempt, generatedName: st.generatedName });
    reportPhase(run, { phase: 'Queued', version: 0, reason: 'launched', info: { occurredAt: isoTime(now) } }, false);
    const saved = save(run);
    if (saved !== undefined) await saved;
    checkInterrupt(run);
    if (resource !== undefined) {
      const end = await statusNow(run, resource);
      if (end) return end;
    }
    const r = park(run);
    if (r === undefined) {
      parked = true;
      return PARKED;
    }
    return await afterMonitor(run, r);
  } catch (e) {
    return await attemptError(run, e);
  } finally {
    if (!parked) disarmTimeout(run);
  }
}

async function runSync(run: TaskRun, plugin: SyncPlugin): Promise<AttemptEnd> {
  const pi = await withRetries(run, 'do', () => plugin.do(run.context()));
  const problem = phaseInfoProblem(pi) ?? (isTerminal((pi as PhaseInfo).phase) ? undefined : `the non-terminal phase "${(pi as PhaseInfo).phase}"`);
  if (problem) {
    throw new EngineError(
      'InvalidPhaseInfo',
      `plugin "${run.rt.entry.id}": do() returned ${problem}; a SyncPlugin's do() must return a terminal PhaseInfo (Success, RetryableFailure, PermanentFailure or Aborted)`,
      { pluginId: run.rt.entry.id, taskId: run.taskId },
    );
  }
  run.remoteTerminal = true;
  return { type: 'phase', pi: pi as PhaseInfo };
}

/** A plugin write call (create/do) under the write limiter, retried with backoff unless permanent. */
async function withRetries<T>(run: TaskRun, what: 'create' | 'do', call: () => T | Promise<T>, first?: { error: unknown }): Promise<T> {
  const max = run.rt.maxSystemFailures;
  for (let retry = 0; ; retry++) {
    try {
      // `first`: the first call was made already (by the caller) and threw this
      if (retry > 0 || first === undefined) {
        const limited = writeLimit(run);
        if (limited !== undefined) await limited;
        checkInterrupt(run);
        return await call();
      }
      throw first.error;
    } catch (e) {
      if (e === INTERRUPT) throw e;
      if (e instanceof EngineError) throw e;
      const now = run.clock.now();
      if (isPermanentError(e)) throw new EndAttempt(failurePhase('PermanentFailure', e.kind, e.code, e.message, now));
      const msg = message(e);
      if (retry >= max) {
        throw new EndAttempt(
          failurePhase('PermanentFailure', 'SYSTEM', what === 'create' ? 'CreateFailed' : 'DoFailed', `${what}() failed ${retry + 1} time(s); last error: ${msg}`, now),
        );
      }
      const delayMs = backoff(run, retry);
      run.rt.metrics.createRetries.inc();
      run.emit({ type: 'createRetried', at: now, taskId: run.taskId, attempt: run.st.attempt, retry: retry + 1, delayMs, error: msg });
      await sleep(run, delayMs);
    }
  }
}

/** Take a write token: undefined when one is available now, else a promise of the wait. */
function writeLimit(run: TaskRun): Promise<void> | undefined {
  checkInterrupt(run);
  const b = run.rt.writeLimiter;
  const delay = b.reserve();
  return delay > 0 ? sleep(run, delay, () => b.cancel()) : undefined;
}

/** Status right after a create that returned the resource. Returns the attempt's end if terminal. */
async function statusNow(run: TaskRun, resource: unknown): Promise<AttemptEnd | undefined> {
  let pi: PhaseInfo;
  try {
    pi = await run.rt.async!.status(run.statusContext(resource));
  } catch (e) {
    syncFailed(run, e, 'status');
    checkInterrupt(run);
    return undefined;
  }
  const problem = phaseInfoProblem(pi);
  if (problem) await invalidStatus(run, problem);
  reportPhase(run, pi, !isTerminal(pi.phase));
  if (isTerminal(pi.phase)) {
    run.remoteTerminal = true;
    return { type: 'phase', pi };
  }
  checkInterrupt(run);
  return undefined;
}

async function invalidStatus(run: TaskRun, problem: string): Promise<never> {
  await deleteResource(run, 'the plugin returned an invalid PhaseInfo');
  throw new EngineError('InvalidPhaseInfo', `plugin "${run.rt.entry.id}": status() returned ${problem}`, { pluginId: run.rt.entry.id, taskId: run.taskId });
}
