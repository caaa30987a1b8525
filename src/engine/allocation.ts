/**
 * Allocation tokens: before an attempt creates its resource it asks the plugin for its
 * resourceRequirements() and takes a token in that quota namespace from the plugin's ResourceManager,
 * waiting (FIFO, interruptibly, in phase WaitingForResources) when the quota is used up; the token is
 * released exactly once when the attempt ends. Mirrors Flyte's webapi allocation_token.go, and fixes:
 * waits are first-come first-served, an unknown namespace is a clear error instead of an endless wait,
 * and a failing resourceRequirements() ends the attempt with a retryable (or the plugin's permanent) error.
 */
import { isPermanentError } from '../plugin/errors.js';
import type { ResourceRequirements } from '../plugin/plugin.js';
import { checkInterrupt, waitFor } from './abort.js';
import { EndAttempt } from './attempt-end.js';
import { reportPhase } from './monitor.js';
import { failurePhase, isoTime, message } from './phase-checks.js';
import type { TaskRun } from './task-run.js';
import { EngineError } from './types.js';

/** Take the attempt's quota token (`force`: a resumed, already created resource takes it regardless). */
export async function acquireQuota(run: TaskRun, force: boolean): Promise<void> {
  const rt = run.rt;
  const quotas = rt.quotas;
  if (!quotas) return;
  const t0 = run.clock.now();
  let req: ResourceRequirements;
  const plugin = rt.plugin;
  try {
    req = plugin.resourceRequirements ? await plugin.resourceRequirements(run.context()) : { namespace: 'default' };
  } catch (e) {
    if (isPermanentError(e)) throw new EndAttempt(failurePhase('PermanentFailure', e.kind, e.code, e.message, run.clock.now()));
    throw new EndAttempt(failurePhase('RetryableFailure', 'SYSTEM', 'ResourceRequirementsFailed', `resourceRequirements() failed: ${message(e)}`, run.clock.now()));
  }
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
  checkInterrupt(run);
  const st = run.st;
  const token = st.generatedName;
  const owner = { project: run.spec.execution.project, domain: run.spec.execution.domain };
  if (!quotas.tryAcquire(ns, token, owner, req.constraints, force)) {
    rt.metrics.allocationGrantFailed.inc();
    const now = run.clock.now();
    run.emit({ type: 'waitingForQuota', at: now, taskId: run.taskId, attempt: st.attempt, namespace: ns });
    reportPhase(
      run,
      { phase: 'WaitingForResources', version: 0, reason: 'Quota for task has exceeded. Waiting for the resource.', info: { occurredAt: isoTime(now) } },
      true,
    );
    const pending = quotas.enqueue(ns, token, owner, req.constraints);
    await waitFor<void>(run, (done) => {
      void pending.promise.then(done);
      return pending.cancel;
    });
  }
  run.quota = { ns, token };
  const waitedMs = run.clock.now() - t0;
  rt.metrics.allocationGrantSuccess.inc();
  rt.metrics.resourceWaitTime.observe(waitedMs);
  run.emit({ type: 'quotaGranted', at: run.clock.now(), taskId: run.taskId, attempt: st.attempt, namespace: ns, waitedMs });
}

/** Release the attempt's quota token (exactly once). */
export function releaseQuota(run: TaskRun): void {
  const q = run.quota;
  if (!q) return;
  run.quota = undefined;
  if (run.rt.quotas?.release(q.ns, q.token)) run.rt.metrics.resourceReleaseSuccess.inc();
  else run.rt.metrics.resourceReleaseFailed.inc();
}
