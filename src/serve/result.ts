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
import { LiteralError, ProtoConversionError, type ProtoLiteralMap, type ProtoLiteralType, structFromJson, valuesToLiteralMap } from '../literals/index.js';
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
 * The result for a PhaseInfo and what the plugin wrote. Outputs are typed by `outputTypes` (declared
 * types by output name; undeclared outputs are inferred); outputs that do not fit fail the task
 * (FAILED, code OutputsInvalid), as Propeller fails a task whose outputs do not match its interface.
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
  if (info.phase === 'Success' && collected.outputs) {
    try {
      result.outputs = valuesToLiteralMap(redactor.redactValue(collected.outputs), outputTypes, 'outputs');
    } catch (err) {
      if (!(err instanceof ProtoConversionError || err instanceof LiteralError)) throw err;
      return failedResult({ code: 'OutputsInvalid', message: `the plugin's outputs do not match the task interface: ${err.message}`, kind: 'USER' }, redactor);
    }
  }
  if (info.phase !== 'Success' && collected.error && !info.error) {
    result.message = redactor.redact(collected.error.message);
    result.error = { code: collected.error.code, recoverable: false, origin: collected.error.kind === 'SYSTEM' ? 'SYSTEM' : 'USER' };
  }
  return result;
}
