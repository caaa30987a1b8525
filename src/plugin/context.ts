/**
 * What a plugin sees when the engine calls it. Mirrors webapi's TaskExecutionContextReader,
 * GetContext, DeleteContext and StatusContext, with an AbortSignal on every context.
 */
import type { Registry } from 'prom-client';
import type { ExecutionError } from './phase.js';
import type { SecurityContext, TaskTemplate } from './template.js';

export type Awaitable<T> = T | Promise<T>;

/** Plain input values keyed by input name. */
export type Inputs = Record<string, unknown>;
/** Plain output values keyed by output name. */
export type Outputs = Record<string, unknown>;

export interface SecretManager {
  /** The secret's value. `key` may be `group/key`. Rejects with a message naming every place tried. */
  get(key: string): Promise<string>;
}

export interface TaskReader {
  read(): Promise<TaskTemplate>;
  /** Where the template is stored, when it is stored. */
  readonly path?: string;
}

export interface InputReader {
  get(): Promise<Inputs>;
  /** Where the inputs are stored (Flyte's input path). */
  readonly inputPath?: string;
  readonly inputPrefix?: string;
}

export interface OutputWriter {
  /** Record the task's outputs (called from `status` on success, or from a sync plugin's `do`). */
  put(outputs: Outputs): Promise<void>;
  /** Record an error document instead of outputs. */
  putError(error: ExecutionError): Promise<void>;
  readonly outputPrefix: string;
  readonly outputPath: string;
  readonly errorPath: string;
  readonly deckPath: string;
  /** Per-attempt unique prefix for bulk data. */
  readonly rawOutputPrefix: string;
  readonly checkpointPrefix: string;
  /** The previous attempt's checkpoint prefix, or "" on the first attempt. */
  readonly previousCheckpointPrefix: string;
}

/** Raw storage for plugins that persist data themselves. Refs are paths or URIs under the run's store. */
export interface DataStore {
  read(ref: string): Promise<Uint8Array>;
  write(ref: string, data: Uint8Array | string): Promise<void>;
  exists(ref: string): Promise<boolean>;
}

export interface TaskExecutionIdentifier {
  taskId: { resourceType?: string; project: string; domain: string; name: string; version: string };
  nodeExecutionId: { nodeId: string; executionId: { project: string; domain: string; name: string } };
  retryAttempt: number;
}

export interface TaskExecutionId {
  /** The idempotency key of one attempt: stable within the attempt, new for every retry. */
  generatedName: string;
  retryAttempt: number;
  id: TaskExecutionIdentifier;
  uniqueNodeId: string;
}

export interface TaskExecutionMetadata {
  taskExecutionId: TaskExecutionId;
  namespace: string;
  ownerId: { namespace: string; name: string };
  labels: Record<string, string>;
  annotations: Record<string, string>;
  maxAttempts: number;
  serviceAccount: string;
  securityContext: SecurityContext;
  environmentVariables: Record<string, string>;
  isInterruptible: boolean;
  consoleUrl?: string;
}

/** What `resourceRequirements` and `create` receive. */
export interface TaskExecutionContextReader {
  secretManager: SecretManager;
  taskReader: TaskReader;
  inputReader: InputReader;
  taskExecutionMetadata: TaskExecutionMetadata;
  outputWriter: OutputWriter;
  signal: AbortSignal;
  /**
   * Flyte 2's per-task connection settings (`connection.configs`: plain strings such as a region or an
   * endpoint), when `serve` answers a Flyte 2 connector call that carries them; absent otherwise. The
   * connection's secrets are read with `secretManager.get(key)`, like every secret (they come first).
   */
  connectionConfigs?: Readonly<Record<string, string>>;
}

/** The full context: what `status` and a sync plugin's `do` receive. */
export interface TaskExecutionContext extends TaskExecutionContextReader {
  dataStore: DataStore;
  /** The largest output document the output writer accepts. */
  maxDatasetSizeBytes: number;
}

export interface GetContext<Meta = unknown> {
  resourceMeta: Meta;
  signal: AbortSignal;
  /** Flyte 2's connection configs (see TaskExecutionContextReader.connectionConfigs). */
  connectionConfigs?: Readonly<Record<string, string>>;
}

export interface DeleteContext<Meta = unknown> {
  resourceMeta: Meta;
  /** Why the task is being aborted (the caller's reason, e.g. "interrupted by user"). */
  reason: string;
  signal: AbortSignal;
  /** Flyte 2's connection configs (see TaskExecutionContextReader.connectionConfigs). */
  connectionConfigs?: Readonly<Record<string, string>>;
}

export interface StatusContext<Meta = unknown, Resource = unknown> extends TaskExecutionContext {
  resourceMeta: Meta;
  resource: Resource;
}

/** A prom-client registry scoped to one plugin; the helpers prefix metric names with the scope. */
export interface MetricsScope {
  readonly registry: Registry;
  /** e.g. "webapi_plugin_my_plugin_" */
  readonly prefix: string;
  /** `prefix + name`, sanitised for Prometheus. */
  metricName(name: string): string;
}

export interface PluginSetupContext {
  metricsScope: MetricsScope;
  /**
   * Process-level secrets, from the same places as the tasks' secret manager (`run`: FLYTE_SECRET_<key>,
   * then the secrets dir; `serve`: _FSEC_<KEY>, then /etc/secrets). Use it for what `get` and `delete`
   * need (an API token): they see only the resourceMeta, and a secret must never go into resourceMeta,
   * which is persisted and, when served, sent to Flyte.
   */
  secretManager: SecretManager;
}
