/**
 * The protocol-neutral core of `serve`: what CreateTask, GetTask, DeleteTask and a synchronous execution
 * do with a plugin, whatever generation of the connector protocol asked. Each generation's service
 * decodes its request into these plain inputs (a TaskTemplate in JSON form, a core.LiteralMap, a task
 * category, the resource_meta bytes) and maps the plain results (resource_meta bytes, a TaskResult) to
 * its own messages.
 *
 * Errors: what the caller got wrong or what no plugin serves throws a ServeError (see errors.ts); what
 * retrying cannot fix — a PermanentError (a missing secret is one) from create/get/status/do, output
 * types the template cannot declare, outputs that do not match them — is a FAILED TaskResult (for
 * create: recorded in resource_meta and reported by the first GetTask), because Propeller retries every
 * gRPC error. A plugin bug is INTERNAL.
 *
 * A call may carry the task's connection (Flyte 2): the plugin calls of that request run with it current
 * (connection.ts). A generation without a sync service (Flyte 2) asks createTask to run a SyncPlugin at
 * once and record its terminal result in resource_meta (sync-result.ts); every GetTask answers it.
 */
import { type ProtoLiteralMap, type ProtoLiteralType, literalMapToValues, ProtoConversionError } from '../literals/index.js';
import type { Inputs, SecretManager, TaskExecutionMetadata } from '../plugin/context.js';
import { isPermanentError } from '../plugin/errors.js';
import { DEFAULT_MAX_DATASET_SIZE_BYTES } from '../plugin/limits.js';
import type { PhaseInfo } from '../plugin/phase.js';
import { type AnyAsyncPlugin, formatTaskCategory, isSyncPlugin, type TaskCategory } from '../plugin/plugin.js';
import type { TaskTemplate } from '../plugin/template.js';
import type { Redactor } from '../util/redact.js';
import { type TaskConnection, withConnection } from './connection.js';
import { buildTaskContext, type CollectingOutputWriter, metadataFromProto } from './context.js';
import { notSerializable } from './engine-seam.js';
import { pluginBug, ServeError } from './errors.js';
import type { Logger } from './logger.js';
import type { ServedPlugin } from './plugins.js';
import { decodeResourceMeta, encodeResourceMeta, type ResourceMetaEnvelope } from './resource-meta.js';
import { failedResult, resultOf, type TaskResult } from './result.js';
import type { Routes } from './routes.js';
import { recordedTaskResult, recordResult } from './sync-result.js';
import { categoryOf, declaredOutputTypes, noInputs, templateOf } from './task-shape.js';

/** Who a call is about, filled in as soon as it is known (metrics labels, log fields). */
export interface Track {
  taskType: string;
  pluginId?: string;
}

/** A task to start: CreateTask, or a synchronous execution. */
export interface TaskStart {
  /** The TaskTemplate in JSON form (what `taskReader.read()` returns). */
  template: TaskTemplate;
  inputs: ProtoLiteralMap | null | undefined;
  outputPrefix: string;
  metadata: TaskExecutionMetadata;
  signal: AbortSignal;
  /** The task's connection (Flyte 2): its secrets come before the process-level ones, its configs are `connectionConfigs`. */
  connection?: TaskConnection;
  /** The caller's generation has no sync service: run a SyncPlugin now and record its terminal result. */
  syncInCreate?: boolean;
  /** The largest output document accepted; default DEFAULT_MAX_DATASET_SIZE_BYTES. */
  maxDatasetSizeBytes?: number;
}

/** A call about a created task: GetTask, DeleteTask, metrics, logs. */
export interface TaskRef {
  resourceMeta: Uint8Array | null | undefined;
  /** The category the caller names; undefined: the one recorded in resource_meta. */
  category: TaskCategory | undefined;
  outputPrefix?: string;
  signal: AbortSignal;
  connection?: TaskConnection;
}

export interface ServeCoreDeps {
  routes: Routes;
  secretManager: SecretManager;
  redactor: Redactor;
  log: Logger;
  /** A LiteralType in JSON form (as templates declare it) → the type engine's shape; throws ProtoConversionError. */
  literalType(json: unknown, path: string): ProtoLiteralType;
  /** core.LiteralMap ↔ protobuf bytes (the same wire format in every generation). */
  literalMapCodec: { encode(map: ProtoLiteralMap): Buffer; decode(bytes: Buffer): ProtoLiteralMap };
}

/** A failure retrying cannot fix: answered as a FAILED task. */
interface PermanentFailure {
  code: string;
  message: string;
  kind: 'USER' | 'SYSTEM';
}

const permanent = (err: PermanentFailure): PermanentFailure => ({ code: err.code, message: err.message, kind: err.kind });

export class ServeCore {
  constructor(private readonly deps: ServeCoreDeps) {}

  /** CreateTask: the plugin's create (or, with syncInCreate, a SyncPlugin's do); returns the resource_meta bytes. */
  createTask(req: TaskStart, track: Track): Promise<Buffer> {
    return withConnection(req.connection, this.deps.redactor, () => this.create(req, track));
  }

  private async create(req: TaskStart, track: Track): Promise<Buffer> {
    const { template } = req;
    track.taskType = template.type;
    const served = this.deps.routes.forCategory(categoryOf(template));
    track.pluginId = served.entry.id;
    if (served.isSync && !req.syncInCreate) {
      throw new ServeError('FAILED_PRECONDITION', `plugin ${served.entry.id} is synchronous (do): call ExecuteTaskSync for task type ${formatTaskCategory(categoryOf(template))}`);
    }
    const declared = declaredOutputTypes(template);
    const base: ResourceMetaEnvelope = {
      v: 1,
      plugin: served.entry.id,
      taskType: template.type,
      ...(template.taskTypeVersion ? { taskTypeVersion: template.taskTypeVersion } : {}),
      meta: null,
      name: req.metadata.taskExecutionId.generatedName,
      ...(template.id ? { id: template.id as Record<string, unknown> } : {}),
      ...(declared ? { outputTypes: declared } : {}),
      ...(req.outputPrefix ? { outputPrefix: req.outputPrefix } : {}),
    };
    const failed = (err: PermanentFailure) => {
      const f = { ...permanent(err), message: this.deps.redactor.redact(err.message) };
      this.deps.log.warn('CreateTask: the task cannot succeed; reported as FAILED by GetTask', { task_type: template.type, plugin: served.entry.id, error: f.message });
      return encodeResourceMeta({ ...base, failed: f });
    };
    if (served.isSync) {
      const { literalMapCodec } = this.deps;
      const done = await this.execute(req, track);
      return recordResult(base, done, { encodeOutputs: literalMapCodec.encode, outputPrefix: req.outputPrefix });
    }
    const prepared = this.prepare(declared, req.inputs);
    if ('problem' in prepared) return failed(prepared.problem);
    const collected: CollectingOutputWriter = {};
    const ctx = buildTaskContext({ ...this.contextInput(req, collected), inputs: prepared.inputs });
    await served.write.wait(req.signal);
    let result: unknown;
    try {
      result = await (served.plugin as AnyAsyncPlugin).create(ctx);
    } catch (err) {
      if (isPermanentError(err)) return failed(err);
      throw err;
    }
    if (!result || typeof result !== 'object' || !('resourceMeta' in result)) throw pluginBug(served.entry.id, 'create must return { resourceMeta }');
    const meta = (result as { resourceMeta: unknown }).resourceMeta;
    const notJson = notSerializable(meta);
    if (notJson) throw pluginBug(served.entry.id, `create returned a resourceMeta that cannot be sent to Flyte as JSON: ${notJson}`);
    return encodeResourceMeta({ ...base, meta });
  }

  /** GetTask: the plugin's get + status (or the result recorded at create), as a TaskResult. */
  getTask(req: TaskRef, track: Track): Promise<TaskResult> {
    return withConnection(req.connection, this.deps.redactor, () => this.get(req, track));
  }

  private async get(req: TaskRef, track: Track): Promise<TaskResult> {
    const { env, served } = this.resolve(req, track);
    const redactor = this.deps.redactor;
    if (env.failed) return failedResult(env.failed, redactor);
    if (env.result) return recordedTaskResult(env.result, this.deps.literalMapCodec.decode);
    if (served.isSync) throw new ServeError('FAILED_PRECONDITION', `plugin ${served.entry.id} is synchronous: there is nothing to poll`);
    const plugin = served.plugin as AnyAsyncPlugin;
    await served.read.wait(req.signal);
    const collected: CollectingOutputWriter = {};
    let info: PhaseInfo;
    try {
      const resource = await plugin.get({ resourceMeta: env.meta, signal: req.signal, ...configsOf(req) });
      const template = templateOf(env);
      const metadata = () => metadataFromProto(undefined, template, env.name);
      const outputPrefix = req.outputPrefix || env.outputPrefix || '';
      const ctx = buildTaskContext({ ...this.contextInput({ ...req, template, outputPrefix, metadata }, collected), inputs: noInputs });
      info = await plugin.status(Object.assign(ctx, { resourceMeta: env.meta, resource }));
    } catch (err) {
      if (isPermanentError(err)) return failedResult(permanent(err), redactor);
      throw err;
    }
    // Outputs are checked against the output types recorded at create (also when the plugin put none).
    let types: Record<string, ProtoLiteralType> = {};
    if (env.outputTypes) {
      try {
        types = this.literalTypes(env.outputTypes);
      } catch (err) {
        if (err instanceof ProtoConversionError) return failedResult({ code: 'InvalidInterface', message: `the task's interface declares an invalid output type: ${err.message}`, kind: 'USER' }, redactor);
        throw err;
      }
    }
    return resultOf(info, collected, types, served.entry.id, redactor);
  }

  /** DeleteTask: the plugin's delete (nothing to do for a task that failed at create, or a sync one). */
  deleteTask(req: TaskRef, track: Track): Promise<void> {
    return withConnection(req.connection, this.deps.redactor, async () => {
      const { env, served } = this.resolve(req, track);
      if (env.failed || served.isSync) return;
      await served.write.wait(req.signal);
      await (served.plugin as AnyAsyncPlugin).delete({ resourceMeta: env.meta, reason: 'aborted by Flyte (DeleteTask)', signal: req.signal, ...configsOf(req) });
    });
  }

  /**
   * A synchronous execution: a SyncPlugin's do, or an async plugin's create → get → status at once
   * (served only when that reaches a terminal phase). The result must be terminal.
   */
  executeTask(req: TaskStart, track: Track): Promise<TaskResult> {
    return withConnection(req.connection, this.deps.redactor, () => this.execute(req, track));
  }

  private async execute(req: TaskStart, track: Track): Promise<TaskResult> {
    const { template } = req;
    track.taskType = template.type;
    const served = this.deps.routes.forCategory(categoryOf(template));
    track.pluginId = served.entry.id;
    const redactor = this.deps.redactor;
    const declared = declaredOutputTypes(template);
    const prepared = this.prepare(declared, req.inputs);
    if ('problem' in prepared) return failedResult(prepared.problem, redactor);
    const collected: CollectingOutputWriter = {};
    const ctx = buildTaskContext({ ...this.contextInput(req, collected), inputs: prepared.inputs });
    await served.write.wait(req.signal);
    let info: PhaseInfo;
    try {
      if (isSyncPlugin(served.plugin)) {
        info = await served.plugin.do(ctx);
      } else {
        const plugin = served.plugin as AnyAsyncPlugin;
        const created = await plugin.create(ctx);
        const resource = created.resource !== undefined ? created.resource : await plugin.get({ resourceMeta: created.resourceMeta, signal: req.signal });
        info = await plugin.status({ ...ctx, resourceMeta: created.resourceMeta, resource });
      }
    } catch (err) {
      if (isPermanentError(err)) return failedResult(permanent(err), redactor);
      throw err;
    }
    const result = resultOf(info, collected, this.literalTypes(declared), served.entry.id, redactor);
    if (!result.terminal) {
      throw new ServeError(
        'FAILED_PRECONDITION',
        `plugin ${served.entry.id} returned phase ${String(info.phase)} from a synchronous call; a synchronous execution needs a terminal phase (Success, PermanentFailure, RetryableFailure)`,
      );
    }
    return result;
  }

  /**
   * The envelope and plugin of a call about a created task. The category the caller names must route to
   * the plugin that created the task (NOT_FOUND otherwise) and match the one recorded (INVALID_ARGUMENT).
   */
  resolve(req: TaskRef, track: Track): { env: ResourceMetaEnvelope; served: ServedPlugin } {
    const env = decodeResourceMeta(req.resourceMeta);
    const recorded = { name: env.taskType, version: env.taskTypeVersion ?? 0 };
    const category = req.category ?? recorded;
    track.taskType = category.name;
    const served = this.deps.routes.forCategory(category);
    track.pluginId = served.entry.id;
    if (category.name !== recorded.name || category.version !== recorded.version) {
      throw new ServeError(
        'INVALID_ARGUMENT',
        `the task category ${formatTaskCategory(category)} does not match the resource_meta, which was created for ${formatTaskCategory(recorded)}`,
      );
    }
    if (served.entry.id !== env.plugin) {
      throw new ServeError('NOT_FOUND', `the resource_meta was created by plugin "${env.plugin}", but task type ${formatTaskCategory(category)} is served here by plugin "${served.entry.id}"`);
    }
    return { env, served };
  }

  /** Every served plugin. */
  plugins(): ServedPlugin[] {
    return this.deps.routes.all();
  }

  private contextInput(
    req: Pick<TaskStart, 'template' | 'outputPrefix' | 'signal' | 'connection' | 'maxDatasetSizeBytes'> & { metadata: TaskExecutionMetadata | (() => TaskExecutionMetadata) },
    collected: CollectingOutputWriter,
  ) {
    return {
      template: req.template,
      metadata: req.metadata,
      outputPrefix: req.outputPrefix,
      secretManager: this.deps.secretManager,
      signal: req.signal,
      collected,
      maxDatasetSizeBytes: req.maxDatasetSizeBytes ?? DEFAULT_MAX_DATASET_SIZE_BYTES,
      ...configsOf(req),
    };
  }

  /** Declared output types (JSON form) → the type engine's shape. Throws ProtoConversionError. */
  private literalTypes(declared: Record<string, unknown> | undefined): Record<string, ProtoLiteralType> {
    const out: Record<string, ProtoLiteralType> = {};
    for (const [k, t] of Object.entries(declared ?? {})) out[k] = this.deps.literalType(t, `interface.outputs.${k}.type`);
    return out;
  }

  /**
   * The task's inputs as plain values — or what makes the task unable to ever run (an output type its
   * interface cannot declare, inputs that cannot be read), as a permanent failure.
   */
  private prepare(declared: Record<string, unknown> | undefined, inputs: ProtoLiteralMap | null | undefined): { inputs: Inputs } | { problem: PermanentFailure } {
    try {
      this.literalTypes(declared);
    } catch (err) {
      if (err instanceof ProtoConversionError) return { problem: { code: 'InvalidInterface', message: `the task's interface declares an invalid output type: ${err.message}`, kind: 'USER' } };
      throw err;
    }
    try {
      return { inputs: literalMapToValues(inputs, 'inputs') };
    } catch (err) {
      if (err instanceof ProtoConversionError) return { problem: { code: 'InvalidInputs', message: `the task's inputs cannot be read: ${err.message}`, kind: 'USER' } };
      throw err;
    }
  }
}

/** `connectionConfigs` for a plugin context, when the call carries a connection. */
function configsOf(req: { connection?: TaskConnection | undefined }): { connectionConfigs?: Readonly<Record<string, string>> } {
  return req.connection ? { connectionConfigs: req.connection.configs } : {};
}

