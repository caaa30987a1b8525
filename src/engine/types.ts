/**
 * The in-process engine's public API. `run`, `serve` and tests all drive the engine through this.
 * The engine never prints and never reads process.*: time, timers and randomness are injected.
 */
import type { Registry } from 'prom-client';
import type { PluginConfig, PluginConfigInput } from '../plugin/config.js';
import type { DataStore, Inputs, Outputs, SecretManager } from '../plugin/context.js';
import type { ErrorKind, ExecutionError, Phase, PhaseInfo, TaskLog } from '../plugin/phase.js';
import type { Plugin, PluginEntry } from '../plugin/plugin.js';
import type { TaskTemplate } from '../plugin/template.js';

export type TimerHandle = unknown;

/** Injected time. Tests pass a fake clock and advance it; production uses systemClock. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  setTimeout(fn: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** Execution metadata of a task (what Flyte's propeller would know about the execution). */
export interface ExecutionSpec {
  /**
   * Base of the generated names. Stable across runs => the same generated name for the same attempt,
   * which is the idempotency key a plugin deduplicates by.
   */
  name: string;
  project: string;
  domain: string;
  namespace: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  serviceAccount?: string;
  environment?: Record<string, string>;
}

/** Storage paths of one attempt (strings the plugin sees through its OutputWriter). */
export interface AttemptPaths {
  outputPrefix: string;
  rawOutputPrefix: string;
  previousCheckpointPrefix: string;
}

export interface TaskSpec {
  /** Unique within the engine; the state store's key. */
  taskId: string;
  template: TaskTemplate;
  inputs: Inputs;
  execution: ExecutionSpec;
  secretManager: SecretManager;
  /** Storage for plugins that persist data; default: in memory. */
  dataStore?: DataStore;
  /** Paths for an attempt; default: `mem://<taskId>/<attempt>/...`. */
  attemptPaths?: (attempt: number, generatedName: string) => AttemptPaths;
  /** Largest outputs document accepted (JSON bytes); larger fails with OutputSizeExceeded. Default 2 MiB. */
  maxDatasetSizeBytes?: number;
  /** Overrides template.metadata.timeout (ms). 0 or undefined with no template timeout = none. */
  timeoutMs?: number;
  /** Overrides template.metadata.retries.retries. */
  retries?: number;
  /**
   * Checks what the plugin put when an attempt succeeds (`undefined`: it put nothing), e.g. against the
   * task's declared interface, as propeller's ValidateOutput does: a failure ends the attempt with it;
   * `{ outputs }` replaces what is kept (say, in a JSON-safe form). Runs unless the plugin put an error
   * document, before the size limit is checked.
   */
  checkOutputs?: (outputs: Outputs | undefined) => OutputsCheck;
  /** Flyte 2's connection configs, handed to every plugin call's context as `connectionConfigs`. */
  connectionConfigs?: Readonly<Record<string, string>>;
}

/** What a TaskSpec's checkOutputs says (undefined: the outputs are fine as put). */
export type OutputsCheck = { failure: OutputsFailure } | { outputs: Outputs | undefined } | undefined;

/** Why a TaskSpec's checkOutputs fails a succeeded attempt. */
export interface OutputsFailure {
  phase: 'PermanentFailure' | 'RetryableFailure';
  code: string;
  message: string;
  kind: ErrorKind;
}

export interface AttemptSummary {
  attempt: number;
  generatedName: string;
  startedAt: number;
  finishedAt?: number;
  phase?: Phase;
  error?: ExecutionError;
}

export type TaskOutcome = 'succeeded' | 'failed' | 'aborted' | 'detached';

export interface TaskResult {
  taskId: string;
  outcome: TaskOutcome;
  /** The last phase reported for the task. */
  phase: Phase;
  phaseInfo?: PhaseInfo;
  outputs?: Outputs;
  error?: ExecutionError;
  attempts: AttemptSummary[];
  logs: TaskLog[];
  startedAt: number;
  finishedAt: number;
}

export interface SubmitOptions {
  /** Continue from the state store's record for this taskId instead of starting fresh. */
  resume?: boolean;
  /** Aborting this signal aborts the task (delete, then outcome 'aborted'); its reason is passed to delete. */
  signal?: AbortSignal;
}

export interface TaskHandle {
  readonly taskId: string;
  /** Resolves when the task ends (any outcome). Rejects only with EngineError for setup problems. */
  readonly result: Promise<TaskResult>;
  /** Abort: delete the remote resource (with this reason), finalize, outcome 'aborted'. */
  abort(reason: string): void;
  /** Stop tracking without deleting; the state stays in the store for a later resume. Outcome 'detached'. */
  detach(): void;
}

/** Setup problems (not task failures). The CLI maps `code` to an exit code. */
export type EngineErrorCode =
  | 'NoPluginForTaskType'
  | 'AmbiguousTaskType'
  | 'DuplicateDefault'
  | 'InvalidPluginEntry'
  | 'PluginLoadFailed'
  | 'InvalidConfig'
  | 'UnknownQuotaNamespace'
  | 'NotSerializable'
  | 'InvalidPhaseInfo'
  | 'StateStoreFailed'
  | 'NoSavedState'
  | 'EngineShutdown'
  /** A TaskSpec field is invalid (bad template timeout, negative retries, ...). */
  | 'InvalidTaskSpec'
  /** submit() with the taskId of a task still running in this engine. */
  | 'DuplicateTaskId'
  /** Two tasks would make remote jobs of one generated name (same execution.name, or equal once slugged). */
  | 'GeneratedNameClash';

export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
    readonly details: { pluginId?: string; taskId?: string; taskType?: string; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'EngineError';
  }
}

interface EventBase {
  /** Clock time (ms). */
  at: number;
}
interface TaskEventBase extends EventBase {
  taskId: string;
}

export type EngineEvent =
  | (EventBase & { type: 'configWarning'; pluginId: string; path: string; value: unknown; message: string })
  | (EventBase & { type: 'pluginLoaded'; pluginId: string; config: PluginConfig })
  | (TaskEventBase & { type: 'attemptStarted'; attempt: number; generatedName: string; pluginId: string })
  | (TaskEventBase & { type: 'waitingForQuota'; attempt: number; namespace: string })
  | (TaskEventBase & { type: 'quotaGranted'; attempt: number; namespace: string; waitedMs: number })
  | (TaskEventBase & { type: 'created'; attempt: number; generatedName: string })
  | (TaskEventBase & { type: 'createRetried'; attempt: number; retry: number; delayMs: number; error: string })
  | (TaskEventBase & { type: 'getFailed'; attempt: number; consecutiveFailures: number; error: string })
  | (TaskEventBase & { type: 'phaseChanged'; attempt: number; phaseInfo: PhaseInfo; previous?: Phase })
  | (TaskEventBase & { type: 'deleteFailed'; attempt: number; error: string })
  | (TaskEventBase & { type: 'deleted'; attempt: number; reason: string })
  | (TaskEventBase & { type: 'resumed'; attempt: number; generatedName: string; fromStage: string })
  | (TaskEventBase & { type: 'finished'; result: TaskResult });

export type EngineEventType = EngineEvent['type'];

/** JSON-serializable record of a task's progress, written to the state store at every step. */
export interface TaskState {
  version: 1;
  taskId: string;
  /** 0-based attempt number. */
  attempt: number;
  /** SYSTEM-kind retryable failures used so far (separate budget). */
  systemRetriesUsed: number;
  /** USER-kind retryable failures used so far (task metadata.retries budget). */
  userRetriesUsed: number;
  generatedName: string;
  /** 'NotStarted' → 'Creating' (name recorded, create in flight) → 'Created' (resourceMeta saved) → 'Finished'. */
  stage: 'NotStarted' | 'Creating' | 'Created' | 'Finished';
  resourceMeta?: unknown;
  phase?: Phase;
  phaseVersion?: number;
  startedAt: number;
  attemptStartedAt: number;
  attempts: AttemptSummary[];
  result?: TaskResult;
}

export interface StateStore {
  load(taskId: string): Promise<TaskState | undefined>;
  save(state: TaskState): Promise<void>;
}

export interface ResolvedPlugin {
  entry: PluginEntry;
  plugin: Plugin;
  config: PluginConfig;
}

export interface EngineOptions {
  entries: PluginEntry[];
  /**
   * The final PluginConfig of a plugin, given its own getConfig() (layer 2). The CLI layers file, env and
   * flags on top here. Default: defaultPluginConfig < plugin's own.
   */
  resolveConfig?: (entry: PluginEntry, own: PluginConfigInput) => PluginConfig | Promise<PluginConfig>;
  clock?: Clock;
  /** Uniform [0,1) for backoff jitter. */
  random?: () => number;
  stateStore?: StateStore;
  /** Registry that plugin metrics scopes and engine metrics register in. Default: a new Registry. */
  metricsRegistry?: Registry;
  /** Process-level secrets for the plugins' setup context (PluginSetupContext.secretManager). Default: none. */
  secretManager?: SecretManager;
  /** Budget for SYSTEM-kind retryable failures per task (Flyte's max-node-retries-system-failures). Default 3. */
  maxSystemRetries?: number;
  /**
   * Run every plugin call in an AsyncLocalStorage context naming its task, so that `failStray` can tell
   * which task a stray rejection or uncaught exception came from (costs some speed; `run` turns it on).
   * Default false: a stray error then ends every running task.
   */
  attributeStrayErrors?: boolean;
  /** Told of every stage change of every task (tests, debugging): the one place a task's stage is set. */
  onStage?: (taskId: string, from: Stage, to: Stage) => void;
}

/**
 * Where a task is in its life (core.ts drives it; its table lists the allowed changes):
 * - Admitting: submitted, waiting for its start batch
 * - Loading: spec checked, state made or loaded, its plugin being loaded
 * - Allocating: asking for a quota token (WaitingForResources while the quota is used up)
 * - Creating: create() (or a SyncPlugin's do()) under the write limiter, with backoff between tries
 * - Monitoring: parked in the plugin's auto-refresh cache (get/status each resync), no code of it waiting
 * - Cleaning: deleting the remote resource (abort, timeout, giving up, a failure asking for cleanup)
 * - Ending: the attempt ended: retry accounting, outputs check, saving the result
 * - Settled: `result` resolved (succeeded, failed, aborted or detached)
 * - Rejected: `result` rejected with an EngineError (a setup problem)
 */
export type Stage = 'Admitting' | 'Loading' | 'Allocating' | 'Creating' | 'Monitoring' | 'Cleaning' | 'Ending' | 'Settled' | 'Rejected';

export interface Engine {
  /** Subscribe to all events; returns an unsubscribe function. */
  on(listener: (event: EngineEvent) => void): () => void;
  /** Route a task type to its plugin (loading it once, lazily) and return its final config. */
  resolve(taskType: string, version?: number): Promise<ResolvedPlugin>;
  /** Start (or resume) a task. */
  submit(spec: TaskSpec, options?: SubmitOptions): TaskHandle;
  /**
   * A stray error (an unhandled rejection or uncaught exception) from plugin code: end the task it came
   * from (known through the plugin call's context when `attributeStrayErrors` is on), or every running task
   * when it cannot be told, each with a SYSTEM PermanentFailure after deleting its remote job. Returns the
   * ids of the tasks it ends.
   */
  failStray(error: unknown): string[];
  /** Stop all timers and workers. Running tasks are detached (no delete). */
  shutdown(): Promise<void>;
}
