/**
 * Plugin phases ↔ core.TaskExecution.Phase (what every protocol generation sends), and an admin.Resource
 * read back as Propeller reads it (for the `run --agent` client). Every phase name is validated: a typo
 * never reaches the wire, where it would encode as UNDEFINED (0) and Propeller would fall back to the
 * deprecated `state`, whose 0 is RETRYABLE_FAILURE.
 */
import { type PhaseInfo, type TaskLog, isPhase, PHASES, phaseInfoFailure, phaseInfoInitializing, phaseInfoQueued, phaseInfoRetryableFailure, phaseInfoRunning, phaseInfoSuccess, phaseInfoSystemFailure, phaseInfoWaitingForResources, type Phase } from '../plugin/phase.js';
import type { Resource__Output } from './generated/flyteidl/admin/Resource.js';
import type { TaskLog as ProtoTaskLog } from './generated/flyteidl/core/TaskLog.js';
import type { _flyteidl_core_TaskExecution_Phase__Output as TaskExecutionPhase } from './generated/flyteidl/core/TaskExecution.js';
import type { State__Output as AdminState } from './generated/flyteidl/admin/State.js';
import { structToJson } from '../literals/index.js';

export const TASK_EXECUTION_PHASES = [
  'UNDEFINED',
  'QUEUED',
  'RUNNING',
  'SUCCEEDED',
  'ABORTED',
  'FAILED',
  'INITIALIZING',
  'WAITING_FOR_RESOURCES',
  'RETRYABLE_FAILED',
] as const satisfies readonly TaskExecutionPhase[];

/** Plugin phase → core.TaskExecution.Phase (what Propeller's connector plugin maps back). */
const TO_TASK_EXECUTION: Record<Exclude<Phase, 'Undefined'>, TaskExecutionPhase> = {
  NotReady: 'QUEUED',
  WaitingForResources: 'WAITING_FOR_RESOURCES',
  Queued: 'QUEUED',
  Initializing: 'INITIALIZING',
  Running: 'RUNNING',
  WaitingForCache: 'QUEUED',
  Success: 'SUCCEEDED',
  RetryableFailure: 'RETRYABLE_FAILED',
  PermanentFailure: 'FAILED',
  Aborted: 'ABORTED',
};

/** The deprecated admin.State, set alongside for propellers older than the phase field. */
const TO_STATE: Record<TaskExecutionPhase, AdminState> = {
  UNDEFINED: 'RETRYABLE_FAILURE',
  QUEUED: 'PENDING',
  WAITING_FOR_RESOURCES: 'PENDING',
  INITIALIZING: 'PENDING',
  RUNNING: 'RUNNING',
  SUCCEEDED: 'SUCCEEDED',
  ABORTED: 'PERMANENT_FAILURE',
  FAILED: 'PERMANENT_FAILURE',
  RETRYABLE_FAILED: 'RETRYABLE_FAILURE',
};

export class InvalidPhaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidPhaseError';
  }
}

export function toTaskExecutionPhase(phase: unknown): TaskExecutionPhase {
  if (!isPhase(phase) || phase === 'Undefined') {
    throw new InvalidPhaseError(
      `the plugin returned an invalid phase ${JSON.stringify(phase)}; expected one of ${PHASES.filter((p) => p !== 'Undefined').join(', ')}`,
    );
  }
  return TO_TASK_EXECUTION[phase];
}

export function taskLogsToProto(logs: TaskLog[] | undefined): ProtoTaskLog[] {
  return (logs ?? []).map((l) => ({
    name: l.name,
    uri: l.uri,
    ShowWhilePending: Boolean(l.showWhilePending),
    HideOnceFinished: Boolean(l.hideOnceFinished),
  }));
}

export function taskLogsFromProto(logs: readonly { name?: string; uri?: string; ShowWhilePending?: boolean; HideOnceFinished?: boolean }[] | undefined): TaskLog[] {
  return (logs ?? []).map((l) => {
    const out: TaskLog = { name: l.name ?? '', uri: l.uri ?? '' };
    if (l.ShowWhilePending) out.showWhilePending = true;
    if (l.HideOnceFinished) out.hideOnceFinished = true;
    return out;
  });
}

/** The deprecated admin.State for a phase (v1's Resource carries both, for propellers older than `phase`). */
export function stateOf(phase: TaskExecutionPhase): AdminState {
  return TO_STATE[phase];
}

/**
 * An admin.Resource (as decoded) → a PhaseInfo, exactly as Propeller's connector plugin reads it:
 * phase first, the deprecated state when phase is UNDEFINED, unknown phases as system failures.
 */
export function resourceToPhaseInfo(r: Resource__Output): PhaseInfo {
  const message = r.message || undefined;
  const info = {
    ...(r.log_links?.length ? { logs: taskLogsFromProto(r.log_links) } : {}),
    ...(r.custom_info ? { customInfo: structToJson(r.custom_info) } : {}),
  };
  const opts = { info };
  const code = r.agent_error?.code || undefined;
  switch (r.phase) {
    case 'QUEUED':
      return phaseInfoQueued(message, opts);
    case 'WAITING_FOR_RESOURCES':
      return phaseInfoWaitingForResources(message, opts);
    case 'INITIALIZING':
      return phaseInfoInitializing(message, opts);
    case 'RUNNING':
      return { ...phaseInfoRunning(opts), ...(message ? { reason: message } : {}) };
    case 'SUCCEEDED':
      return phaseInfoSuccess(opts);
    case 'ABORTED':
      return phaseInfoFailure(code ?? 'Aborted', message ? `the agent reported the job aborted: ${message}` : 'failed to run the job with aborted phase', opts);
    case 'FAILED':
      return r.agent_error?.origin === 'SYSTEM'
        ? phaseInfoSystemFailure(code ?? 'TaskFailedWithError', message ?? 'the agent reported a failure', opts)
        : phaseInfoFailure(code ?? 'TaskFailedWithError', message ?? 'the agent reported a failure', opts);
    case 'RETRYABLE_FAILED':
      return phaseInfoRetryableFailure(code ?? 'TaskFailedWithError', message ?? 'the agent reported a retryable failure', opts);
    case 'UNDEFINED':
    case undefined:
      switch (r.state) {
        case 'PENDING':
          return phaseInfoInitializing(message, opts);
        case 'RUNNING':
          return phaseInfoRunning(opts);
        case 'SUCCEEDED':
          return phaseInfoSuccess(opts);
        case 'PERMANENT_FAILURE':
          return phaseInfoFailure('TaskFailedWithError', message ?? 'the agent reported a permanent failure', opts);
        default:
          return phaseInfoRetryableFailure('TaskFailedWithError', message ?? 'the agent reported a retryable failure (no phase set)', opts);
      }
    default:
      return phaseInfoSystemFailure('UnknownPhase', `unknown execution phase ${String(r.phase)} from the agent`, opts);
  }
}
