/**
 * Building what a plugin sees (TaskExecutionContext) from a TaskSpec and the current attempt, and
 * checking the spec's own fields (its timeout and retry budget).
 */
import { DEFAULT_MAX_DATASET_SIZE_BYTES } from '../plugin/limits.js';
import type { DataStore, Outputs, OutputWriter, TaskExecutionContext, TaskExecutionMetadata } from '../plugin/context.js';
import type { ExecutionError } from '../plugin/phase.js';
import { parseDuration } from '../util/duration.js';
import { message } from './phase-checks.js';
import { EngineError, type AttemptPaths, type TaskSpec } from './types.js';

/** Check a spec (throws InvalidTaskSpec naming the field) and give its timeout (ms, 0 = none) and retries. */
export function specLimits(s: TaskSpec, taskId: string): { timeoutMs: number; maxRetries: number } {
  const bad = (msg: string) => new EngineError('InvalidTaskSpec', `task "${taskId}": ${msg}`, { taskId });
  if (typeof s.template !== 'object' || s.template === null || typeof s.template.type !== 'string' || s.template.type === '') {
    throw bad('template.type must be a non-empty string');
  }
  if (typeof s.execution !== 'object' || s.execution === null || typeof s.execution.name !== 'string' || s.execution.name === '') {
    throw bad('execution.name must be a non-empty string');
  }
  let timeoutMs = 0;
  if (s.timeoutMs !== undefined) {
    if (typeof s.timeoutMs !== 'number' || Number.isNaN(s.timeoutMs) || s.timeoutMs < 0) throw bad(`timeoutMs must be a number ≥ 0, got ${s.timeoutMs}`);
    timeoutMs = s.timeoutMs;
  } else if (s.template.metadata?.timeout !== undefined) {
    try {
      timeoutMs = Math.max(0, parseDuration(s.template.metadata.timeout));
    } catch (e) {
      throw bad(`template.metadata.timeout: ${message(e)}`);
    }
  }
  const retries = s.retries ?? s.template.metadata?.retries?.retries ?? 0;
  if (!Number.isInteger(retries) || retries < 0) throw bad(`retries must be an integer ≥ 0, got ${String(retries)}`);
  return { timeoutMs, maxRetries: retries };
}

/** The contract's one default (src/plugin/limits.ts), shared with `serve`. */
export { DEFAULT_MAX_DATASET_SIZE_BYTES };

/** Raw storage in memory (the default DataStore). */
export class MemoryDataStore implements DataStore {
  private readonly blobs = new Map<string, Uint8Array>();
  async read(ref: string): Promise<Uint8Array> {
    const b = this.blobs.get(ref);
    if (!b) throw new Error(`not found: ${ref}`);
    return b;
  }
  async write(ref: string, data: Uint8Array | string): Promise<void> {
    this.blobs.set(ref, typeof data === 'string' ? new TextEncoder().encode(data) : data);
  }
  async exists(ref: string): Promise<boolean> {
    return this.blobs.has(ref);
  }
}

export function defaultAttemptPaths(taskId: string): (attempt: number, generatedName: string) => AttemptPaths {
  return (attempt) => defaultPathsOf(taskId, attempt);
}

/** The default paths of one attempt (`mem://<taskId>/<attempt>/...`). */
export function defaultPathsOf(taskId: string, attempt: number): AttemptPaths {
  const outputPrefix = `mem://${taskId}/${attempt}`;
  return {
    outputPrefix,
    rawOutputPrefix: `${outputPrefix}/raw`,
    previousCheckpointPrefix: attempt > 0 ? `mem://${taskId}/${attempt - 1}/raw/_flytecheckpoints` : '',
  };
}

/** Where an attempt's output writer records what the plugin put. */
export interface OutputSink {
  outputs?: Outputs;
  outputError?: ExecutionError;
}

export interface AttemptIdentity {
  attempt: number;
  generatedName: string;
  maxAttempts: number;
}

export function buildOutputWriter(paths: AttemptPaths, sink: OutputSink): OutputWriter {
  return {
    async put(outputs: Outputs) {
      sink.outputs = outputs;
      sink.outputError = undefined;
    },
    async putError(error: ExecutionError) {
      sink.outputError = error;
    },
    outputPrefix: paths.outputPrefix,
    outputPath: `${paths.outputPrefix}/outputs.pb`,
    errorPath: `${paths.outputPrefix}/error.pb`,
    deckPath: `${paths.outputPrefix}/deck.html`,
    rawOutputPrefix: paths.rawOutputPrefix,
    checkpointPrefix: `${paths.rawOutputPrefix}/_flytecheckpoints`,
    previousCheckpointPrefix: paths.previousCheckpointPrefix,
  };
}

export function buildMetadata(spec: TaskSpec, id: AttemptIdentity): TaskExecutionMetadata {
  const ex = spec.execution;
  const t = spec.template;
  const sc = t.securityContext ?? {};
  return {
    taskExecutionId: {
      generatedName: id.generatedName,
      retryAttempt: id.attempt,
      id: {
        taskId: {
          resourceType: 'TASK',
          project: t.id?.project ?? ex.project,
          domain: t.id?.domain ?? ex.domain,
          name: t.id?.name ?? spec.taskId,
          version: t.id?.version ?? '',
        },
        nodeExecutionId: { nodeId: spec.taskId, executionId: { project: ex.project, domain: ex.domain, name: ex.name } },
        retryAttempt: id.attempt,
      },
      uniqueNodeId: spec.taskId,
    },
    namespace: ex.namespace,
    ownerId: { namespace: ex.namespace, name: ex.name },
    labels: ex.labels ?? {},
    annotations: ex.annotations ?? {},
    maxAttempts: id.maxAttempts,
    serviceAccount: ex.serviceAccount ?? sc.runAs?.k8sServiceAccount ?? '',
    securityContext: sc,
    environmentVariables: ex.environment ?? {},
    isInterruptible: t.metadata?.interruptible === true,
  };
}

export function buildTaskContext(
  spec: TaskSpec,
  id: AttemptIdentity,
  paths: AttemptPaths,
  sink: OutputSink,
  dataStore: DataStore,
  signal: AbortSignal,
): TaskExecutionContext {
  return {
    secretManager: spec.secretManager,
    taskReader: { read: async () => spec.template },
    inputReader: { get: async () => spec.inputs },
    taskExecutionMetadata: buildMetadata(spec, id),
    outputWriter: buildOutputWriter(paths, sink),
    dataStore,
    maxDatasetSizeBytes: spec.maxDatasetSizeBytes ?? DEFAULT_MAX_DATASET_SIZE_BYTES,
    signal,
    connectionConfigs: spec.connectionConfigs, // always present (undefined without a connection): one object shape
  };
}
