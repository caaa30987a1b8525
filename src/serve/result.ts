/**
 * TaskResult: the protocol-neutral answer to "where is this task now?" that every generation's service
 * maps to its own Resource message (v1 adds the deprecated `state` and `agent_error`; Flyte 2 has
 * neither). Built here from the plugin's PhaseInfo and what it wrote through its OutputWriter, with
 * outputs typed by the declared interface — and with every string that will leave the server redacted
 * (message, log links, custom info, outputs), like the error details are.
 *
 * The pieces are already in the proto-loader shapes both generations share: core.TaskExecution.Phase
 * names, core.TaskLog, google.protobuf.Struct, core.LiteralMap.
 */
import { checkOutputs, type OutputsProblem, type ProtoLiteralMap, type ProtoLiteralType, structFromJson } from '../literals/index.js';
import type { ErrorKind, PhaseInfo } from '../plugin/phase.js';
import { isTerminal } from '../plugin/phase.js';
import type { Redactor } from '../util/redact.js';
import type { CollectingOutputWriter } from './context.js';
import { pluginBug } from './errors.js';
import type { TaskLog as ProtoTaskLog } from './generated/flyteidl/core/TaskLog.js';
import type { _flyteidl_core_TaskExecution_Phase__Output as TaskExecutionPhase } from './generated/flyteidl/core/TaskExecution.js';
import { InvalidPhaseError, taskLogsToProto, toTaskExecutionPhase } from './phase-map.js';

export type { TaskExecutionPhase };

export interface TaskResult {
  phase: TaskExecutionPhase;
  message?: string;
  logLinks?: ProtoTaskLog[];
  customInfo?: { fields: Record<string, unknown> };
  outputs?: ProtoLiteralMap;
  /** Set on failures: a code, whether a retry may help, and who is to blame. */
  error?: { code: string; recoverable: boolean; origin: ErrorKind };
  /** True when the phase is terminal (SUCCEEDED, FAILED, RETRYABLE_FAILED, ABORTED). */
  terminal: boolean;
}

/** Outputs that do not fit the interface (src/literals/interface.ts, the check `run` makes too): FAILED, or RETRYABLE_FAILED when none came. */
function outputsResult(p: OutputsProblem, redactor: Redactor): TaskResult {
  const retryable = p.phase === 'RetryableFailure';
  return { phase: retryable ? 'RETRYABLE_FAILED' : 'FAILED', message: redactor.redact(p.message), error: { code: p.code, recoverable: retryable, origin: p.kind }, terminal: true };
}

/** A failure retrying cannot fix, answered as a FAILED task (Propeller does not retry it). */
export function failedResult(error: { code: string; message: string; kind: ErrorKind }, redactor: Redactor): TaskResult {
  return { phase: 'FAILED', message: redactor.redact(error.message), error: { code: error.code, recoverable: false, origin: error.kind }, terminal: true };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Log links from the plugin, checked (a bad shape is the plugin's bug) and redacted. */
function logLinksOf(logs: unknown, pluginId: string, redactor: Redactor): ProtoTaskLog[] | undefined {
  if (logs === undefined || logs === null) return undefined;
  if (!Array.isArray(logs)) throw pluginBug(pluginId, `PhaseInfo.info.logs must be a list of { name, uri }, got ${typeof logs}`);
  if (logs.length === 0) return undefined;
  logs.forEach((l: unknown, i) => {
    const o = l as { name?: unknown; uri?: unknown } | null;
    if (!o || typeof o.name !== 'string' || typeof o.uri !== 'string') throw pluginBug(pluginId, `PhaseInfo.info.logs[${i}] must be { name: string, uri: string }`);
  });
  const links = taskLogsToProto(logs);
  if (redactor.size > 0) for (const l of links) Object.assign(l, { name: redactor.redact(l.name ?? ''), uri: redactor.redact(l.uri ?? '') });
  return links;
}

/**
 * The result for a PhaseInfo and what the plugin wrote. On Success the outputs are checked against
 * `outputTypes` (the declared output types; none declared: inferred) by the check `run` makes too, and a
 * mismatch fails the task with the same code and message (OutputsNotFound, OutputsInvalid).
 */
export function resultOf(
  info: PhaseInfo,
  collected: CollectingOutputWriter,
  outputTypes: Record<string, ProtoLiteralType>,
  pluginId: string,
  redactor: Redactor,
): TaskResult {
  let phase: TaskExecutionPhase;
  try {
    if (!info || typeof info !== 'object') throw new InvalidPhaseError(`the plugin returned ${String(info)} instead of a PhaseInfo`);
    phase = toTaskExecutionPhase(info.phase);
  } catch (err) {
    if (err instanceof InvalidPhaseError) throw pluginBug(pluginId, err.message);
    throw err;
  }
  const result: TaskResult = { phase, terminal: isTerminal(info.phase) };
  const message = info.error?.message ?? info.reason;
  if (message !== undefined && message !== '') result.message = redactor.redact(String(message));
  const logLinks = logLinksOf(info.info?.logs, pluginId, redactor);
  if (logLinks) result.logLinks = logLinks;
  const customInfo = info.info?.customInfo;
  if (customInfo !== undefined && customInfo !== null) {
    if (!isPlainObject(customInfo)) throw pluginBug(pluginId, 'PhaseInfo.info.customInfo must be a plain object');
    if (Object.keys(customInfo).length > 0) result.customInfo = structFromJson(redactor.redactValue(customInfo));
  }
  if (info.error) {
    result.error = { code: info.error.code, recoverable: info.phase === 'RetryableFailure', origin: info.error.kind === 'SYSTEM' ? 'SYSTEM' : 'USER' };
  }
  if (info.phase === 'Success') {
    const checked = checkOutputs(collected.outputs && redactor.redactValue(collected.outputs), outputTypes);
    if (checked.problem) return outputsResult(checked.problem, redactor);
    if (collected.outputs) result.outputs = checked.literals;
  }
  if (info.phase !== 'Success' && collected.error && !info.error) {
    result.message = redactor.redact(collected.error.message);
    result.error = { code: collected.error.code, recoverable: false, origin: collected.error.kind === 'SYSTEM' ? 'SYSTEM' : 'USER' };
  }
  return result;
}
