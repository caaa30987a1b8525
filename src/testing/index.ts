/**
 * `webapi-plugin/testing`: hand-made task contexts for a plugin's unit tests — what the engine passes
 * to `create`, `status` or `do`, with the template, inputs and secrets of your choosing, and the
 * outputs the plugin wrote recorded for checking. Light: imports nothing at run time.
 */
import { DEFAULT_MAX_DATASET_SIZE_BYTES } from '../plugin/limits.js';
import type { Inputs, Outputs, TaskExecutionContext } from '../plugin/context.js';
import type { ExecutionError } from '../plugin/phase.js';
import type { TaskTemplate } from '../plugin/template.js';

export interface TestContextOptions {
  template: TaskTemplate;
  inputs?: Inputs;
  /** Secret values by key (`key` or `group/key`). A missing key rejects, as the real manager does. */
  secrets?: Record<string, string>;
  /** The attempt's idempotency key (default `local-test-n0-0`). */
  generatedName?: string;
  retryAttempt?: number;
  signal?: AbortSignal;
  maxDatasetSizeBytes?: number;
}

export interface TestTaskContext extends TaskExecutionContext {
  /** What the plugin wrote with outputWriter.put / putError. */
  written: { outputs?: Outputs; error?: ExecutionError };
}

export function createTestContext(opts: TestContextOptions): TestTaskContext {
  const written: TestTaskContext['written'] = {};
  const files = new Map<string, Uint8Array>();
  const generatedName = opts.generatedName ?? 'local-test-n0-0';
  const retryAttempt = opts.retryAttempt ?? 0;
  const prefix = `mem://test/${generatedName}`;
  const id = opts.template.id ?? {};
  const project = id.project ?? 'local';
  const domain = id.domain ?? 'development';
  return {
    written,
    signal: opts.signal ?? new AbortController().signal,
    secretManager: {
      async get(key) {
        const value = opts.secrets?.[key];
        if (value === undefined) throw new Error(`secret "${key}" not found (test context has: ${Object.keys(opts.secrets ?? {}).join(', ') || 'none'})`);
        return value;
      },
    },
    taskReader: { read: async () => opts.template },
    inputReader: { get: async () => opts.inputs ?? {} },
    outputWriter: {
      put: async (outputs) => void (written.outputs = outputs),
      putError: async (error) => void (written.error = error),
      outputPrefix: prefix,
      outputPath: `${prefix}/outputs.json`,
      errorPath: `${prefix}/error.json`,
      deckPath: `${prefix}/deck.html`,
      rawOutputPrefix: `${prefix}/raw`,
      checkpointPrefix: `${prefix}/raw/_flytecheckpoints`,
      previousCheckpointPrefix: '',
    },
    dataStore: {
      read: async (ref) => {
        const data = files.get(ref);
        if (!data) throw new Error(`${ref} not found`);
        return data;
      },
      write: async (ref, data) => void files.set(ref, typeof data === 'string' ? new TextEncoder().encode(data) : data),
      exists: async (ref) => files.has(ref),
    },
    maxDatasetSizeBytes: opts.maxDatasetSizeBytes ?? DEFAULT_MAX_DATASET_SIZE_BYTES,
    taskExecutionMetadata: {
      taskExecutionId: {
        generatedName,
        retryAttempt,
        uniqueNodeId: 'n0',
        id: {
          taskId: { resourceType: 'TASK', project, domain, name: id.name ?? 'test', version: id.version ?? 'v1' },
          nodeExecutionId: { nodeId: 'n0', executionId: { project, domain, name: 'test' } },
          retryAttempt,
        },
      },
      namespace: `${project}-${domain}`,
      ownerId: { namespace: `${project}-${domain}`, name: generatedName },
      labels: {},
      annotations: {},
      maxAttempts: (opts.template.metadata?.retries?.retries ?? 0) + 1,
      serviceAccount: 'default',
      securityContext: opts.template.securityContext ?? {},
      environmentVariables: {},
      isInterruptible: Boolean(opts.template.metadata?.interruptible),
    },
  };
}
