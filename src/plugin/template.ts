/**
 * The task template a plugin reads through `tCtx.taskReader.read()`.
 * Field names follow Flyte's core.TaskTemplate in its JSON (camelCase) form, so a template exported
 * from Flyte can be used as it is.
 */

export interface Identifier {
  resourceType?: string;
  project?: string;
  domain?: string;
  name?: string;
  version?: string;
  org?: string;
}

export interface RetryStrategy {
  retries?: number;
}

export interface TaskMetadata {
  /** Execution timeout as a Go duration ("90s", "1h30m"); enforced by the engine. */
  timeout?: string;
  retries?: RetryStrategy;
  interruptible?: boolean;
  discoverable?: boolean;
  discoveryVersion?: string;
  deprecatedErrorMessage?: string;
  cacheSerializable?: boolean;
  tags?: Record<string, string>;
  podTemplateName?: string;
  runtime?: { type?: string; version?: string; flavor?: string };
  [key: string]: unknown;
}

export interface Secret {
  group?: string;
  key?: string;
  groupVersion?: string;
  mountRequirement?: 'ANY' | 'ENV_VAR' | 'FILE';
  envVar?: string;
}

export interface SecurityContext {
  runAs?: {
    iamRole?: string;
    k8sServiceAccount?: string;
    executionIdentity?: string;
    [key: string]: unknown;
  };
  secrets?: Secret[];
  tokens?: unknown[];
}

/** A Flyte LiteralType in JSON form (`{simple: "INTEGER"}`, `{collectionType: {...}}`, ...). */
export type LiteralType = Record<string, unknown>;

export interface Variable {
  type: LiteralType;
  description?: string;
}

export interface TypedInterface {
  inputs?: { variables?: Record<string, Variable> };
  outputs?: { variables?: Record<string, Variable> };
}

export interface TaskTemplate {
  /** The task type used to route the task to a plugin. */
  type: string;
  id?: Identifier;
  metadata?: TaskMetadata;
  interface?: TypedInterface;
  /** Plugin-specific data (Flyte's `custom` Struct). */
  custom?: Record<string, unknown>;
  /** String map of plugin settings. */
  config?: Record<string, string>;
  securityContext?: SecurityContext;
  taskTypeVersion?: number;
  [key: string]: unknown;
}
