/**
 * resource_meta: the only durable state of a task served through the agent protocol. Propeller stores
 * these bytes in the workflow CRD and sends them back on GetTask and DeleteTask, to any replica. So they
 * hold everything get/status/delete need: the plugin's own resourceMeta, the plugin id, and the task's
 * essentials (category, id, generated name and the declared output types, for typing outputs). Versioned
 * UTF-8 JSON, small. The same envelope serves every protocol generation, so any replica answers either.
 * A generation without a sync service (Flyte 2) runs a SyncPlugin at create and records its terminal
 * result here (`result`, see sync-result.ts), which every GetTask then answers.
 */
export const RESOURCE_META_VERSION = 1;

export interface ResourceMetaEnvelope {
  v: typeof RESOURCE_META_VERSION;
  /** The PluginEntry id that created the resource. */
  plugin: string;
  taskType: string;
  taskTypeVersion?: number;
  /** The plugin's resourceMeta, as it returned it from create. */
  meta: unknown;
  /** The generated name (idempotency key) `create` saw, so status sees the same one. */
  name?: string;
  /** TaskTemplate.id (JSON form), so status can read it. */
  id?: Record<string, unknown>;
  /** Declared output types (LiteralType JSON form) by output name. */
  outputTypes?: Record<string, unknown>;
  outputPrefix?: string;
  /** Set when create failed permanently: GetTask reports FAILED with this error, DeleteTask is a no-op. */
  failed?: { code: string; message: string; kind: 'USER' | 'SYSTEM' };
  /** A SyncPlugin's terminal result, recorded at create (see sync-result.ts): GetTask answers it. */
  result?: RecordedResult;
}

/** A terminal TaskResult as JSON: outputs as the base64 of a core.LiteralMap's protobuf bytes. */
export interface RecordedResult {
  phase: string;
  message?: string;
  logLinks?: unknown[];
  customInfo?: { fields: Record<string, unknown> };
  error?: { code: string; recoverable: boolean; origin: 'USER' | 'SYSTEM' };
  outputs?: string;
}

export class ResourceMetaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResourceMetaError';
  }
}

/** The envelope as bytes. Throws a TypeError when the plugin's meta is not JSON (a plugin bug, not the caller's). */
export function encodeResourceMeta(env: ResourceMetaEnvelope): Buffer {
  return Buffer.from(JSON.stringify(env), 'utf8');
}

export function decodeResourceMeta(bytes: Uint8Array | null | undefined): ResourceMetaEnvelope {
  if (!bytes || bytes.length === 0) throw new ResourceMetaError('resource_meta is empty');
  let parsed: unknown;
  try {
    parsed = JSON.parse((Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).toString('utf8'));
  } catch {
    throw new ResourceMetaError('resource_meta is not JSON: it was not created by webapi-plugin serve');
  }
  const o = parsed as Partial<ResourceMetaEnvelope> | null;
  if (!o || typeof o !== 'object' || typeof o.plugin !== 'string' || typeof o.taskType !== 'string' || !('meta' in o)) {
    throw new ResourceMetaError('resource_meta is JSON but not a webapi-plugin envelope ({v, plugin, taskType, meta})');
  }
  if (o.taskTypeVersion !== undefined && !Number.isInteger(o.taskTypeVersion)) {
    throw new ResourceMetaError('resource_meta is a webapi-plugin envelope with an invalid taskTypeVersion');
  }
  if (o.result !== undefined && (!o.result || typeof o.result !== 'object' || typeof o.result.phase !== 'string')) {
    throw new ResourceMetaError('resource_meta is a webapi-plugin envelope with an invalid result');
  }
  if (o.v !== RESOURCE_META_VERSION) {
    throw new ResourceMetaError(`resource_meta version ${String(o.v)} is not supported by this server (supports ${RESOURCE_META_VERSION})`);
  }
  return o as ResourceMetaEnvelope;
}
