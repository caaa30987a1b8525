/**
 * The plugin interfaces and the entry a plugin module exports by default.
 */
import type { PluginConfigInput } from './config.js';
import type {
  Awaitable,
  DeleteContext,
  GetContext,
  PluginSetupContext,
  StatusContext,
  TaskExecutionContext,
  TaskExecutionContextReader,
} from './context.js';
import type { PhaseInfo } from './phase.js';

/** Project- and namespace-scope caps on top of a namespace quota (Flyte's ResourceConstraintsSpec). */
export interface ResourceConstraintsSpec {
  projectScopeResourceConstraint?: { value: number };
  namespaceScopeResourceConstraint?: { value: number };
}

export interface ResourceRequirements {
  namespace: string;
  constraints?: ResourceConstraintsSpec;
}

export interface CreateResult<Meta = unknown, Resource = unknown> {
  /** Everything `get` and `delete` need later. Must be JSON-serializable: it is persisted. */
  resourceMeta: Meta;
  /** The created resource, if the remote returned it: `status` is then called at once. */
  resource?: Resource;
}

/** What `getTaskMetrics` receives: the agent protocol's GetTaskMetrics request, decoded. */
export interface TaskMetricsContext<Meta = unknown> {
  /** The resourceMeta `create` returned for the task. */
  resourceMeta: Meta;
  /**
   * The metrics asked for, e.g. `EXECUTION_METRIC_USED_CPU_AVG` or `EXECUTION_METRIC_USED_MEMORY_BYTES_AVG`.
   * Empty: return the plugin's default set.
   */
  queries: string[];
  /** Start of the window, inclusive; undefined when the caller sent none. */
  startTime?: Date;
  /** End of the window, inclusive; undefined when the caller sent none. */
  endTime?: Date;
  /** Resolution step in milliseconds; undefined when the caller sent none. */
  stepMs?: number;
  /** Aborted when the caller goes away or the server shuts down. */
  signal: AbortSignal;
}

/** One metric for `getTaskMetrics` (flyteidl's ExecutionMetricResult). */
export interface TaskMetricResult {
  /** The metric's name, usually one of the queries. */
  metric: string;
  /**
   * The data, in Prometheus range-query result form (`{ resultType: 'matrix', result: [...] }`) by
   * convention. Sent as a google.protobuf.Struct: plain JSON values (numbers become doubles, Dates ISO strings).
   */
  data: Record<string, unknown>;
}

/** What `getTaskLogs` receives: the agent protocol's GetTaskLogs request, decoded. */
export interface TaskLogsContext<Meta = unknown> {
  /** The resourceMeta `create` returned for the task. */
  resourceMeta: Meta;
  /** How many lines the caller wants; 0 means the plugin's choice. */
  lines: number;
  /** The page token the caller got from a previous call ("" on the first call). */
  token: string;
  /** Aborted when the caller cancels the stream or the server shuts down: stop reading logs then. */
  signal: AbortSignal;
}

/** Who wrote a log line (flyteidl's LogLineOriginator). */
export type TaskLogLineOriginator = 'USER' | 'SYSTEM' | 'UNKNOWN';

/** A structured log line. */
export interface TaskLogLine {
  /** The text, with its line ending if the source had one (CRLF, CR or LF). */
  message: string;
  /** When the line was written: a Date or an ISO-8601 string. */
  timestamp?: Date | string;
  /** Default UNKNOWN. */
  originator?: TaskLogLineOriginator;
}

/** One piece of a task's logs, as `getTaskLogs` returns or yields it. */
export interface TaskLogsChunk {
  /** Log lines: plain strings or structured lines. */
  lines: (string | TaskLogLine)[];
  /**
   * The token for the next page, which the caller sends back as `token`; "" when there are no more lines.
   * Set it on the chunk that knows it (usually the first, or the only one).
   */
  token?: string;
}

/** A plugin for remote services that are submitted to, polled and cancelled. */
export interface AsyncPlugin<Meta = unknown, Resource = unknown> {
  /** The plugin's own configuration layer (over the defaults, under file/env/flags). */
  getConfig(): PluginConfigInput;
  /**
   * Which quota namespace (and constraints) a task draws from. Must be deterministic.
   * Optional: without it, tasks draw from the namespace "default".
   */
  resourceRequirements?(tCtx: TaskExecutionContextReader): Awaitable<ResourceRequirements>;
  /**
   * Start the remote work. Should be idempotent by
   * `tCtx.taskExecutionMetadata.taskExecutionId.generatedName`: it may be called more than once per attempt.
   * Throw a TransientError (or any error) to have it retried; a PermanentError fails the attempt at once.
   */
  create(tCtx: TaskExecutionContextReader): Awaitable<CreateResult<Meta, Resource>>;
  /** Fetch the latest state of the remote resource. Sees only the resourceMeta. */
  get(ctx: GetContext<Meta>): Awaitable<Resource>;
  /** Cancel/clean up the remote resource. Must succeed if it is already gone. */
  delete(ctx: DeleteContext<Meta>): Awaitable<void>;
  /** Translate the latest resource into a PhaseInfo. Should not call the network. */
  status(ctx: StatusContext<Meta, Resource>): Awaitable<PhaseInfo>;
  /**
   * Optional: execution metrics of the remote resource (CPU, memory, ...). `serve` answers the agent
   * protocol's GetTaskMetrics with it (read rate limiter); without it GetTaskMetrics is UNIMPLEMENTED.
   * Like `get`, it sees only the resourceMeta.
   */
  getTaskMetrics?(ctx: TaskMetricsContext<Meta>): Awaitable<TaskMetricResult[]>;
  /**
   * Optional: the remote resource's logs. `serve` answers the agent protocol's (server-streaming)
   * GetTaskLogs with it (read rate limiter); without it GetTaskLogs is UNIMPLEMENTED. Return one chunk
   * (a page, with `token` for the next one) or an async iterable of chunks (e.g. an `async *` function
   * following the logs until `ctx.signal` aborts). Like `get`, it sees only the resourceMeta.
   */
  getTaskLogs?(ctx: TaskLogsContext<Meta>): AsyncIterable<TaskLogsChunk> | Awaitable<TaskLogsChunk>;
}

/** A plugin whose remote call completes within one request. */
export interface SyncPlugin {
  getConfig(): PluginConfigInput;
  resourceRequirements?(tCtx: TaskExecutionContextReader): Awaitable<ResourceRequirements>;
  /** Perform the work; must return a terminal PhaseInfo. */
  do(tCtx: TaskExecutionContext): Awaitable<PhaseInfo>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyAsyncPlugin = AsyncPlugin<any, any>;
export type Plugin = AnyAsyncPlugin | SyncPlugin;

export type PluginLoader = (setupContext: PluginSetupContext) => Awaitable<Plugin>;

/**
 * A task category: Flyte's routing key, the template's `type` and `task_type_version` (flytekit's
 * TaskCategory, flyteidl's admin.TaskCategory).
 */
export interface TaskCategory {
  name: string;
  /** A non-negative integer; 0 unless the task type is versioned. */
  version: number;
}

/** A task type as a plugin entry names it: a name (version 0) or a `{ name, version }`. */
export type TaskTypeSpec = string | TaskCategory;

/** What a plugin module exports by default (alone or in an array). */
export interface PluginEntry {
  /** Unique plugin id. */
  id: string;
  /**
   * Task types this plugin handles: names (version 0), or `{ name, version }` for other versions of a
   * type (a template with `taskTypeVersion: 1` only reaches an entry that lists version 1).
   */
  supportedTaskTypes: TaskTypeSpec[];
  /** Builds the plugin; called once, lazily, before the first task it handles. */
  pluginLoader: PluginLoader;
  /** Use this plugin for task types no plugin supports. At most one default in the system. */
  isDefault?: boolean;
  /** Task types for which this plugin wins when several support them (names mean version 0). */
  defaultForTaskTypes?: TaskTypeSpec[];
}

/** A TaskTypeSpec as a TaskCategory (a bare name is version 0). */
export function toTaskCategory(t: TaskTypeSpec): TaskCategory {
  return typeof t === 'string' ? { name: t, version: 0 } : { name: t.name, version: t.version };
}

/** What is wrong with a TaskTypeSpec, or undefined. */
export function taskTypeSpecProblem(t: unknown): string | undefined {
  if (typeof t === 'string') return t === '' ? 'a task type name must not be empty' : undefined;
  if (!t || typeof t !== 'object') return `a task type must be a name or { name, version }, got ${t === null ? 'null' : typeof t}`;
  const { name, version } = t as Partial<TaskCategory>;
  if (typeof name !== 'string' || name === '') return 'a task type\'s name must be a non-empty string';
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0 || version > 2 ** 31 - 1) {
    return `task type "${name}": version must be an integer from 0 to 2147483647, got ${JSON.stringify(version)}`;
  }
  return undefined;
}

/** "name (version)", as Flyte's tools print a task category. */
export function formatTaskCategory(c: TaskCategory): string {
  return `${c.name} (${c.version})`;
}

export function isSyncPlugin(p: Plugin): p is SyncPlugin {
  return typeof (p as SyncPlugin).do === 'function' && typeof (p as AnyAsyncPlugin).create !== 'function';
}

export function isAsyncPlugin(p: Plugin): p is AnyAsyncPlugin {
  return typeof (p as AnyAsyncPlugin).create === 'function';
}

/** Identity helper that type-checks a plugin entry (and infers nothing away). */
export function definePlugin<E extends PluginEntry>(entry: E): E {
  return entry;
}
