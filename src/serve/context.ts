/**
 * The plugin contexts a served request builds: what `create`, `status` and `do` see when Flyte calls
 * through the connector protocol instead of the local engine. TaskExecutionMetadata is read from the
 * proto-loader object of admin.TaskExecutionMetadata (Flyte 2's message has the same fields, minus
 * `overrides`), and written back for the `run --agent` client.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  DataStore,
  Inputs,
  Outputs,
  SecretManager,
  TaskExecutionContext,
  TaskExecutionMetadata,
} from '../plugin/context.js';
import type { ExecutionError } from '../plugin/phase.js';
import type { SecurityContext, TaskTemplate } from '../plugin/template.js';
import { DEFAULT_MAX_DATASET_SIZE_BYTES } from '../plugin/limits.js';
import { generatedName } from './engine-seam.js';
import type { TaskExecutionMetadata as ProtoTaskExecutionMetadata, TaskExecutionMetadata__Output } from './generated/flyteidl/admin/TaskExecutionMetadata.js';

/** Collects what the plugin writes through its OutputWriter during one request. */
export interface CollectingOutputWriter {
  outputs?: Outputs;
  error?: ExecutionError;
}

export interface BuildContextInput {
  template: TaskTemplate;
  /** Plain inputs, or a function that explains why inputs are not available (GetTask). */
  inputs: Inputs | (() => Promise<Inputs>);
  /** The metadata, or how to make it (made on first use: GetTask's status rarely reads it). */
  metadata: TaskExecutionMetadata | (() => TaskExecutionMetadata);
  outputPrefix: string;
  secretManager: SecretManager;
  signal: AbortSignal;
  maxDatasetSizeBytes?: number;
  collected: CollectingOutputWriter;
  /** Flyte 2's connection configs, when the call carries a connection. */
  connectionConfigs?: Readonly<Record<string, string>>;
}

/** `<prefix>/<name>` (a path or URI; one slash between them). */
export function outputFile(prefix: string, name: string): string {
  const p = prefix.replace(/\/+$/, '');
  return p ? `${p}/${name}` : name;
}

export function buildTaskContext(input: BuildContextInput): TaskExecutionContext {
  const prefix = input.outputPrefix.replace(/\/+$/, '');
  const join = (name: string) => outputFile(prefix, name);
  const template = input.template;
  const ctx = {
    secretManager: input.secretManager,
    taskReader: { read: async () => template },
    inputReader: {
      get: typeof input.inputs === 'function' ? input.inputs : async () => input.inputs as Inputs,
      inputPath: join('inputs.pb'),
      inputPrefix: prefix,
    },
    taskExecutionMetadata: undefined as unknown as TaskExecutionMetadata,
    outputWriter: {
      async put(outputs: Outputs) {
        if (!outputs || typeof outputs !== 'object' || Array.isArray(outputs)) {
          throw new TypeError('outputWriter.put expects an object of outputs keyed by output name');
        }
        input.collected.outputs = outputs;
      },
      async putError(error: ExecutionError) {
        input.collected.error = error;
      },
      outputPrefix: prefix,
      outputPath: join('outputs.pb'),
      errorPath: join('error.pb'),
      deckPath: join('deck.html'),
      rawOutputPrefix: prefix,
      checkpointPrefix: join('_flytecheckpoints'),
      previousCheckpointPrefix: '',
    },
    signal: input.signal,
    dataStore: fileDataStore,
    maxDatasetSizeBytes: input.maxDatasetSizeBytes ?? DEFAULT_MAX_DATASET_SIZE_BYTES,
    ...(input.connectionConfigs ? { connectionConfigs: input.connectionConfigs } : {}),
  };
  const md = input.metadata;
  if (typeof md !== 'function') ctx.taskExecutionMetadata = md;
  else {
    let made: TaskExecutionMetadata | undefined;
    Object.defineProperty(ctx, 'taskExecutionMetadata', { enumerable: true, configurable: true, get: () => (made ??= md()) });
  }
  return ctx;
}

/**
 * The served DataStore reaches local paths and file:// URIs only. Object stores (s3://, gs://, ...)
 * belong to the remote system the plugin talks to; a plugin that needs them uses its own client.
 */
export const fileDataStore: DataStore = {
  async read(ref) {
    return new Uint8Array(await readFile(localPath(ref)));
  },
  async write(ref, data) {
    const p = localPath(ref);
    await mkdir(dirname(p), { recursive: true });
    await writeFile(p, data);
  },
  async exists(ref) {
    try {
      await stat(localPath(ref));
      return true;
    } catch {
      return false;
    }
  },
};

function localPath(ref: string): string {
  if (ref.startsWith('file://')) return fileURLToPath(ref);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref)) {
    throw new Error(`dataStore: ${ref.split('://')[0]}:// is not available in \`webapi-plugin serve\` (only local paths and file:// URIs)`);
  }
  return ref;
}

/**
 * admin.TaskExecutionMetadata (as Propeller fills it; Flyte 2's is the same minus `overrides`) → the
 * plugin's TaskExecutionMetadata. Without one
 * (GetTask), `name` is the generated name create saw (recorded in resource_meta).
 */
export function metadataFromProto(md: Omit<TaskExecutionMetadata__Output, 'overrides'> | null | undefined, template: TaskTemplate, name?: string): TaskExecutionMetadata {
  const id = md?.task_execution_id;
  const exec = id?.node_execution_id?.execution_id;
  const nodeId = id?.node_execution_id?.node_id ?? '';
  const retryAttempt = id?.retry_attempt ?? 0;
  const execName = exec?.name ?? '';
  // Stable per attempt: the idempotency key plugins deduplicate create() by, as in `run`.
  const base = execName ? `${execName}-${nodeId || 'n0'}` : `agent-${Math.random().toString(36).slice(2, 10)}`;
  const identity = md?.identity;
  const securityContext: SecurityContext = { ...(template.securityContext ?? {}) };
  if (identity && (identity.iam_role || identity.k8s_service_account || identity.execution_identity)) {
    securityContext.runAs = {
      ...(securityContext.runAs ?? {}),
      ...(identity.iam_role ? { iamRole: identity.iam_role } : {}),
      ...(identity.k8s_service_account ? { k8sServiceAccount: identity.k8s_service_account } : {}),
      ...(identity.execution_identity ? { executionIdentity: identity.execution_identity } : {}),
    };
  }
  const taskId = id?.task_id;
  return {
    taskExecutionId: {
      generatedName: !md && name !== undefined ? name : generatedName(base, retryAttempt),
      retryAttempt,
      uniqueNodeId: nodeId,
      id: {
        taskId: {
          resourceType: taskId?.resource_type ?? 'TASK',
          project: taskId?.project ?? template.id?.project ?? '',
          domain: taskId?.domain ?? template.id?.domain ?? '',
          name: taskId?.name ?? template.id?.name ?? '',
          version: taskId?.version ?? template.id?.version ?? '',
        },
        nodeExecutionId: {
          nodeId,
          executionId: { project: exec?.project ?? '', domain: exec?.domain ?? '', name: execName },
        },
        retryAttempt,
      },
    },
    namespace: md?.namespace ?? '',
    ownerId: { namespace: md?.namespace ?? '', name: execName },
    labels: { ...(md?.labels ?? {}) },
    annotations: { ...(md?.annotations ?? {}) },
    maxAttempts: md?.max_attempts || 1,
    serviceAccount: md?.k8s_service_account ?? '',
    securityContext,
    environmentVariables: { ...(md?.environment_variables ?? {}) },
    isInterruptible: Boolean(md?.interruptible),
  };
}

/** The plugin's TaskExecutionMetadata → admin.TaskExecutionMetadata (the agent client's side). */
export function metadataToProto(md: TaskExecutionMetadata | undefined): ProtoTaskExecutionMetadata | undefined {
  if (!md) return undefined;
  const id = md.taskExecutionId?.id;
  const runAs = md.securityContext?.runAs;
  return {
    task_execution_id: id
      ? {
          task_id: {
            resource_type: 'TASK',
            project: id.taskId.project,
            domain: id.taskId.domain,
            name: id.taskId.name,
            version: id.taskId.version,
          },
          node_execution_id: {
            node_id: id.nodeExecutionId.nodeId,
            execution_id: { ...id.nodeExecutionId.executionId },
          },
          retry_attempt: md.taskExecutionId.retryAttempt,
        }
      : undefined,
    namespace: md.namespace,
    labels: md.labels,
    annotations: md.annotations,
    k8s_service_account: md.serviceAccount,
    environment_variables: md.environmentVariables,
    max_attempts: md.maxAttempts,
    interruptible: md.isInterruptible,
    identity: runAs
      ? {
          iam_role: typeof runAs.iamRole === 'string' ? runAs.iamRole : '',
          k8s_service_account: typeof runAs.k8sServiceAccount === 'string' ? runAs.k8sServiceAccount : '',
          execution_identity: typeof runAs.executionIdentity === 'string' ? runAs.executionIdentity : '',
        }
      : undefined,
  };
}
