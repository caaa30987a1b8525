/**
 * Hand-made contexts for unit tests: what the engine passes to a plugin, with inputs, secrets and a
 * template of your choosing, and the outputs recorded for checking.
 */
import type { ExecutionError, Inputs, Outputs, TaskExecutionContext, TaskTemplate } from 'webapi-plugin';

export interface FakeContextOptions {
  template: TaskTemplate;
  inputs?: Inputs;
  secrets?: Record<string, string>;
  /** The attempt's idempotency key. */
  generatedName?: string;
  signal?: AbortSignal;
}

export interface FakeContext extends TaskExecutionContext {
  /** What the plugin wrote with outputWriter.put / putError. */
  written: { outputs?: Outputs; error?: ExecutionError };
}

export function fakeContext(opts: FakeContextOptions): FakeContext {
  const written: FakeContext['written'] = {};
  const files = new Map<string, Uint8Array>();
  const generatedName = opts.generatedName ?? 'local-test-n0-0';
  return {
    written,
    signal: opts.signal ?? new AbortController().signal,
    secretManager: {
      async get(key) {
        const value = opts.secrets?.[key];
        if (value === undefined) throw new Error(`secret "${key}" not found`);
        return value;
      },
    },
    taskReader: { read: async () => opts.template },
    inputReader: { get: async () => opts.inputs ?? {} },
    outputWriter: {
      put: async (outputs) => void (written.outputs = outputs),
      putError: async (error) => void (written.error = error),
      outputPrefix: 'mem://test/0',
      outputPath: 'mem://test/0/outputs.json',
      errorPath: 'mem://test/0/error.json',
      deckPath: 'mem://test/0/deck.html',
      rawOutputPrefix: 'mem://test/0/raw',
      checkpointPrefix: 'mem://test/0/checkpoint',
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
    maxDatasetSizeBytes: 2 * 1024 * 1024,
    taskExecutionMetadata: {
      taskExecutionId: {
        generatedName,
        retryAttempt: 0,
        uniqueNodeId: 'n0',
        id: {
          taskId: { resourceType: 'TASK', project: 'local', domain: 'development', name: 'test', version: 'v1' },
          nodeExecutionId: { nodeId: 'n0', executionId: { project: 'local', domain: 'development', name: 'test' } },
          retryAttempt: 0,
        },
      },
      namespace: 'local-development',
      ownerId: { namespace: 'local-development', name: generatedName },
      labels: {},
      annotations: {},
      maxAttempts: 1,
      serviceAccount: 'default',
      securityContext: {},
      environmentVariables: {},
      isInterruptible: false,
    },
  };
}
