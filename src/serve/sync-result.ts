/**
 * Sync plugins on a generation without a sync service (Flyte 2): CreateTask runs the plugin's `do` and
 * records its terminal result in `resource_meta`, and every GetTask answers that result. The backend
 * stores `resource_meta` with the task's state (in etcd), so what rides in it is capped at
 * RESULT_IN_META_LIMIT_BYTES (the whole envelope):
 *
 *   - within the cap: the result with its outputs (a core.LiteralMap, protobuf bytes in base64);
 *   - beyond it: the outputs are written as `<output_prefix>/outputs.pb` (a core.LiteralMap, where the
 *     backend reads outputs from when a SUCCEEDED resource carries none) and the result rides without
 *     them — when the served DataStore can write there (a local path or file:// URI);
 *   - otherwise (e.g. an s3:// prefix, or a message alone beyond the cap): the task FAILs with code
 *     ResultTooLarge and a message saying what to do.
 */
import type { ProtoLiteralMap } from '../literals/index.js';
import { fileDataStore, outputFile } from './context.js';
import { encodeResourceMeta, type RecordedResult, type ResourceMetaEnvelope } from './resource-meta.js';
import type { TaskExecutionPhase, TaskResult } from './result.js';

/** The largest resource_meta a recorded result makes (bytes of the envelope's JSON). */
export const RESULT_IN_META_LIMIT_BYTES = 64 * 1024;

export interface RecordIo {
  encodeOutputs(outputs: ProtoLiteralMap): Buffer;
  /** The request's output_prefix: where outputs.pb goes beyond the limit. */
  outputPrefix: string;
  limitBytes?: number;
}

/** resource_meta bytes for a task created with its terminal `result` already known. */
export async function recordResult(base: ResourceMetaEnvelope, result: TaskResult, io: RecordIo): Promise<Buffer> {
  const limit = io.limitBytes ?? RESULT_IN_META_LIMIT_BYTES;
  const { outputs, terminal: _terminal, ...rest } = result;
  const recorded: RecordedResult = { ...rest };
  const bytes = outputs ? io.encodeOutputs(outputs) : undefined;
  const inline = encodeResourceMeta({ ...base, result: bytes ? { ...recorded, outputs: bytes.toString('base64') } : recorded });
  if (inline.length <= limit) return inline;
  const kib = (n: number) => `${Math.ceil(n / 1024)} KiB`;
  const tooLarge = (message: string) => encodeResourceMeta({ ...base, failed: { code: 'ResultTooLarge', message, kind: 'USER' } });
  const without = encodeResourceMeta({ ...base, result: recorded });
  if (!bytes || without.length > limit) {
    return tooLarge(`the result of synchronous plugin ${base.plugin} is ${kib(without.length)} without its outputs, more than the ${kib(limit)} resource_meta carries on Flyte 2 (which has no sync service): return a shorter message, log links and custom info`);
  }
  try {
    if (!io.outputPrefix) throw new Error('the request has no output_prefix');
    await fileDataStore.write(outputFile(io.outputPrefix, 'outputs.pb'), bytes);
    return without;
  } catch (err) {
    return tooLarge(
      `the outputs of synchronous plugin ${base.plugin} are ${kib(bytes.length)}, more than the ${kib(limit)} resource_meta carries on Flyte 2 (which has no sync service), ` +
        `and serve cannot write them as outputs.pb under the output prefix (${err instanceof Error ? err.message : String(err)}): ` +
        'write {output_prefix}/outputs.pb (a core.LiteralMap) from the plugin and return no outputs, or return smaller outputs',
    );
  }
}

/** A recorded result as the TaskResult GetTask answers. */
export function recordedTaskResult(r: RecordedResult, decodeOutputs: (bytes: Buffer) => ProtoLiteralMap): TaskResult {
  const { outputs, ...rest } = r;
  const result = { ...rest, phase: r.phase as TaskExecutionPhase, terminal: true } as TaskResult;
  if (outputs) result.outputs = decodeOutputs(Buffer.from(outputs, 'base64'));
  return result;
}
