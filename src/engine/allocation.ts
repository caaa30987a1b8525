/**
 * Allocation tokens: before an attempt creates its resource it asks the plugin for its
 * resourceRequirements() and takes a token in that quota namespace from the plugin's ResourceManager,
 * waiting (FIFO, interruptibly) when the quota is used up; the token is released exactly once when the
 * attempt ends. Mirrors Flyte's webapi allocation_token.go, reporting as it does: WaitingForResources
 * (version 0, "Quota for task has exceeded. Waiting for the resource.") while waiting, Queued (version 0,
 * "Allocation token required") once granted. Fixes: waits are first-come first-served, an unknown
 * namespace is a clear error instead of an endless wait, and a failing resourceRequirements() ends the
 * attempt with a retryable (or the plugin's permanent) error.
 */
import { isPermanentError } from '../plugin/errors.js';
import type { PhaseInfo } from '../plugin/phase.js';
import type { ResourceRequirements } from '../plugin/plugin.js';
import { INTERRUPTED, STALE, type Interrupted, type Stale } from './attempt-end.js';
import { failurePhase, isoTime, message } from './phase-checks.js';
import { reportPhase } from './report.js';
import { save } from './state.js';
import type { TaskRun } from './task-run.js';
import { EngineError } from './types.js';
import { awaiting, taken, waitFor } from './waits.js';

export const QUOTA_WAIT_REASON = 'Quota for task has exceeded. Waiting for the resource.';
export const QUOTA_GRANT_REASON = 'Allocation token required';

/**
 * Take the attempt's quota token (`force`: a resumed, already created resource takes it regardless).
 * Returns undefined once granted, INTERRUPTED, STALE, or the failure that ends the attempt. Throws
 * EngineError for a plugin or config mistake (an unknown namespace, a malformed answer).
 */
export async function acquireQuota(run: TaskRun, force: boolean): Promise<undefined | Interrupted | Stale | PhaseInfo> {
  const rt = run.rt;
  const quotas = rt.quotas!;
  const t0 = run.clock.now();
  let req: ResourceRequirements;
  const plugin = rt.plugin;
  const epoch = run.epoch;
  try {
    req = plugin.resourceRequirements ? await awaiting(run, run.call(() => plugin.resourceRequirements!(run.context()))) : { namespace: 'default' };
  } catch (e) {
    if (taken(run, epoch)) return STALE;
    if (isPermanentError(e)) return failurePhase('PermanentFailure', e.kind, e.code, e.message, run.clock.now());
    return failurePhase('RetryableFailure', 'SYSTEM', 'ResourceRequirementsFailed', `resourceRequirements() failed: ${message(e)}`, run.clock.now());
  }
  if (taken(run, epoch)) return STALE;
  if (run.interrupt !== undefined) return INTERRUPTED;
  if (typeof req !== 'object' || req === null || typeof req.namespace !== 'string') {
    throw new EngineError('InvalidPluginEntry', `plugin "${rt.entry.id}": resourceRequirements() must return {namespace, constraints?}`, { pluginId: rt.entry.id, taskId: run.taskId });
  }
  const ns = req.namespace;
  if (!quotas.has(ns)) {
    const known = quotas.names().map((n) => `"${n}"`).join(', ');
    throw new EngineError(
      'UnknownQuotaNamespace',
      `plugin "${rt.entry.id}": resourceRequirements() returned the quota namespace "${ns}", which resourceQuotas does not define (defined: ${known}); add "${ns}" to resourceQuotas or return one of those`,
      { pluginId: rt.entry.id, taskId: run.taskId },
    );
  }
  const st = run.st;
  const token = st.generatedName;
  const owner = { project: run.spec.execution.project, domain: run.spec.execution.domain };
  if (!quotas.tryAcquire(ns, token, owner, req.constraints, force)) {
    rt.metrics.allocationGrantFailed.inc();
    const now = run.clock.now();
    run.emit({ type: 'waitingForQuota', at: now, taskId: run.taskId, attempt: st.attempt, namespace: ns });
    if (reportPhase(run, { phase: 'WaitingForResources', version: 0, reason: QUOTA_WAIT_REASON, info: { occurredAt: isoTime(now) } })) {
      const saving = save(run);
      if (saving !== undefined) await saving;
    }
    const pending = quotas.enqueue(ns, token, owner, req.constraints);
    const r = await waitFor<void>(run, (done) => {
      void pending.promise.then(done);
      return pending.cancel;
    });
    if (r === INTERRUPTED) return INTERRUPTED;
  }
  run.quota = { ns, token };
  const now = run.clock.now();
  const waitedMs = now - t0;
  rt.metrics.allocationGrantSuccess.inc();
  rt.metrics.resourceWaitTime.observe(waitedMs);
  run.emit({ type: 'quotaGranted', at: now, taskId: run.taskId, attempt: st.attempt, namespace: ns, waitedMs });
  reportPhase(run, { phase: 'Queued', version: 0, reason: QUOTA_GRANT_REASON, info: { occurredAt: isoTime(now) } });
  return undefined;
}

/** Release the attempt's quota token (exactly once). */
export function releaseQuota(run: TaskRun): void {
  const q = run.quota;
  if (!q) return;
  run.quota = undefined;
  if (run.rt.quotas?.release(q.ns, q.token)) run.rt.metrics.resourceReleaseSuccess.inc();
  else run.rt.metrics.resourceReleaseFailed.inc();
}
