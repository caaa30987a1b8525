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

/** What a plugin module exports by default (alone or in an array). */
export interface PluginEntry {
  /** Unique plugin id. */
  id: string;
  /** Task types this plugin handles. */
  supportedTaskTypes: string[];
  /** Builds the plugin; called once, lazily, before the first task it handles. */
  pluginLoader: PluginLoader;
  /** Use this plugin for task types no plugin supports. At most one default in the system. */
  isDefault?: boolean;
  /** Task types for which this plugin wins when several support them. */
  defaultForTaskTypes?: string[];
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
