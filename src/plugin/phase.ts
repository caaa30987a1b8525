/**
 * Phases and PhaseInfo: the plugin's answer to "where is this task now?".
 * Mirrors flyteplugins' pluginmachinery/core Phase and PhaseInfo, as plain serializable data.
 */

/** Every phase a plugin can report, in Flyte's order. */
export const PHASES = [
  'Undefined',
  'NotReady',
  'WaitingForResources',
  'Queued',
  'Initializing',
  'Running',
  'Success',
  'RetryableFailure',
  'PermanentFailure',
  'WaitingForCache',
  'Aborted',
] as const;

export type Phase = (typeof PHASES)[number];

/** Named constants, so `Phase.Running` reads like Go's `PhaseRunning`. */
export const Phase = Object.freeze(
  Object.fromEntries(PHASES.map((p) => [p, p])) as { readonly [K in Phase]: K },
);

const TERMINAL: ReadonlySet<Phase> = new Set<Phase>(['Success', 'RetryableFailure', 'PermanentFailure', 'Aborted']);

/** True for Success, RetryableFailure, PermanentFailure and Aborted. */
export function isTerminal(phase: Phase): boolean {
  return TERMINAL.has(phase);
}

/** True for RetryableFailure and PermanentFailure. */
export function isFailure(phase: Phase): boolean {
  return phase === 'RetryableFailure' || phase === 'PermanentFailure';
}

export function isPhase(value: unknown): value is Phase {
  return typeof value === 'string' && (PHASES as readonly string[]).includes(value);
}

/** Who is to blame for a failure: the user's task/code, or the system (remote, network, platform). */
export type ErrorKind = 'USER' | 'SYSTEM';

export interface ExecutionError {
  code: string;
  message: string;
  kind: ErrorKind;
}

export interface TaskLog {
  name: string;
  uri: string;
  /** Show the link while the task is queued (Flyte's ShowWhilePending). */
  showWhilePending?: boolean;
  /** Hide the link once the task is terminal (Flyte's HideOnceFinished). */
  hideOnceFinished?: boolean;
}

export interface ExternalResource {
  externalId: string;
  index?: number;
  retryAttempt?: number;
  phase?: Phase;
  logs?: TaskLog[];
  customInfo?: Record<string, unknown>;
}

export interface TaskInfo {
  logs?: TaskLog[];
  /** ISO-8601 time the phase was observed. */
  occurredAt?: string;
  externalResources?: ExternalResource[];
  customInfo?: Record<string, unknown>;
}

/** A plain, JSON-serializable description of a task's phase. */
export interface PhaseInfo {
  phase: Phase;
  /** Bumped by the plugin to report a change within the same phase. */
  version?: number;
  reason?: string;
  info?: TaskInfo;
  error?: ExecutionError;
  /** For failures: ask the engine to call `delete` even though the phase is terminal. */
  cleanupOnFailure?: boolean;
}

export interface PhaseOptions {
  version?: number;
  info?: TaskInfo;
  reason?: string;
}

function withOccurredAt(info: TaskInfo | undefined): TaskInfo {
  return { ...info, occurredAt: info?.occurredAt ?? new Date().toISOString() };
}

function make(phase: Phase, opts: PhaseOptions = {}): PhaseInfo {
  const out: PhaseInfo = { phase, version: opts.version ?? 0, info: withOccurredAt(opts.info) };
  if (opts.reason !== undefined) out.reason = opts.reason;
  return out;
}

function fail(
  phase: 'RetryableFailure' | 'PermanentFailure',
  kind: ErrorKind,
  code: string | undefined,
  message: string | undefined,
  opts: PhaseOptions & { cleanupOnFailure?: boolean } = {},
): PhaseInfo {
  const out = make(phase, { ...opts, version: 0 });
  out.error = { code: code || 'Unknown', message: message || 'Unknown error message', kind };
  if (out.reason === undefined) out.reason = out.error.message;
  if (opts.cleanupOnFailure) out.cleanupOnFailure = true;
  return out;
}

type FailOptions = Omit<PhaseOptions, 'version'> & { cleanupOnFailure?: boolean };

export const phaseInfoUndefined = (): PhaseInfo => ({ phase: 'Undefined' });
export const phaseInfoNotReady = (reason?: string, opts?: PhaseOptions) => make('NotReady', { ...opts, ...(reason !== undefined && { reason }) });
export const phaseInfoWaitingForResources = (reason?: string, opts?: PhaseOptions) =>
  make('WaitingForResources', { ...opts, ...(reason !== undefined && { reason }) });
export const phaseInfoQueued = (reason?: string, opts?: PhaseOptions) => make('Queued', { ...opts, ...(reason !== undefined && { reason }) });
export const phaseInfoInitializing = (reason?: string, opts?: PhaseOptions) =>
  make('Initializing', { ...opts, ...(reason !== undefined && { reason }) });
export const phaseInfoRunning = (opts?: PhaseOptions) => make('Running', opts);
export const phaseInfoWaitingForCache = (opts?: PhaseOptions) => make('WaitingForCache', opts);
/** Success is always version 0, as in Go. */
export const phaseInfoSuccess = (opts?: Omit<PhaseOptions, 'version'>) => make('Success', { ...opts, version: 0 });
export const phaseInfoAborted = (reason?: string, opts?: PhaseOptions) => make('Aborted', { ...opts, ...(reason !== undefined && { reason }) });

/** Permanent failure caused by the user's task. */
export const phaseInfoFailure = (code: string, message: string, opts?: FailOptions) => fail('PermanentFailure', 'USER', code, message, opts);
/** Retryable failure caused by the user's task; uses the task's `metadata.retries` budget. */
export const phaseInfoRetryableFailure = (code: string, message: string, opts?: FailOptions) =>
  fail('RetryableFailure', 'USER', code, message, opts);
/** Permanent failure caused by the system. */
export const phaseInfoSystemFailure = (code: string, message: string, opts?: FailOptions) =>
  fail('PermanentFailure', 'SYSTEM', code, message, opts);
/** Retryable failure caused by the system; uses the separate system-failure budget (3). */
export const phaseInfoSystemRetryableFailure = (code: string, message: string, opts?: FailOptions) =>
  fail('RetryableFailure', 'SYSTEM', code, message, opts);
/** Any failure phase from an ExecutionError (Go's PhaseInfoFailed). */
export const phaseInfoFailed = (phase: 'RetryableFailure' | 'PermanentFailure', error: ExecutionError | undefined, opts?: FailOptions) =>
  fail(phase, error?.kind ?? 'USER', error?.code, error?.message, opts);
