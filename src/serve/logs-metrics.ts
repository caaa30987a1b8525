/**
 * GetTaskMetrics and GetTaskLogs: the agent protocol's optional RPCs, mapped onto the optional
 * `AsyncPlugin.getTaskMetrics` / `getTaskLogs` hooks, for every generation (their messages have the same
 * fields; Flyte 2's log body names its lines `lines`). Conversions (requests → plugin contexts, plugin
 * results → messages), the log streamer, and the two calls over the core (routing, limits, errors).
 *
 * GetTaskLogs is server-streaming (`oneof part { header; body }`). The stream always starts with a
 * header carrying the first chunk's token ("" if it has none); a later chunk that sets `token` sends
 * another header before its lines, so a client keeps the last token it saw. Each chunk's lines go out
 * as one body, in both `structured_lines` and the deprecated `results` (for older clients).
 */
import type {
  TaskLogLine,
  TaskLogLineOriginator,
  TaskLogsChunk,
  TaskMetricResult,
  TaskMetricsContext,
} from '../plugin/plugin.js';
import type { Redactor } from '../util/redact.js';
import type { GetTaskLogsResponse } from './generated/flyteidl/admin/GetTaskLogsResponse.js';
import type { GetTaskLogsResponseBody } from './generated/flyteidl/admin/GetTaskLogsResponseBody.js';
import type { GetTaskMetricsRequest__Output } from './generated/flyteidl/admin/GetTaskMetricsRequest.js';
import type { LogLine } from './generated/flyteidl/admin/LogLine.js';
import type { ExecutionMetricResult } from './generated/flyteidl/core/ExecutionMetricResult.js';
import { describe, durationToMs, ProtoConversionError, structFromJson, timestampFromJson, timestampToDate } from '../literals/index.js';
import type { ServeCore, TaskRef, Track } from './core.js';
import { ServeError } from './errors.js';
import type { AnyAsyncPlugin } from '../plugin/plugin.js';
import type { ServedPlugin } from './plugins.js';

const ORIGINATORS: readonly TaskLogLineOriginator[] = ['UNKNOWN', 'USER', 'SYSTEM'];

/** The plugin returned something the protocol cannot carry: the plugin's fault (INTERNAL), named. */
export class PluginResultError extends Error {
  constructor(pluginId: string, hook: string, message: string) {
    super(`plugin ${pluginId}: ${hook} ${message}`);
    this.name = 'PluginResultError';
  }
}

/** What a GetTaskMetricsRequest says about the window (the same fields in every generation). */
export type MetricsWindow = Pick<GetTaskMetricsRequest__Output, 'queries' | 'start_time' | 'end_time' | 'step'>;

/** The metrics window of a GetTaskMetricsRequest. Bad values are the caller's fault (INVALID_ARGUMENT). */
export function metricsWindowFromProto(req: MetricsWindow): Omit<TaskMetricsContext, 'resourceMeta' | 'signal'> {
  const out: Omit<TaskMetricsContext, 'resourceMeta' | 'signal'> = { queries: [...(req.queries ?? [])] };
  if (req.start_time) out.startTime = timestampToDate(req.start_time);
  if (req.end_time) out.endTime = timestampToDate(req.end_time);
  for (const [k, d] of [['start_time', out.startTime], ['end_time', out.endTime]] as const) {
    if (d && Number.isNaN(d.getTime())) throw new ProtoConversionError(k, 'the timestamp is out of range');
  }
  if (out.startTime && out.endTime && out.startTime.getTime() > out.endTime.getTime()) {
    throw new ProtoConversionError('start_time', `${out.startTime.toISOString()} is after end_time ${out.endTime.toISOString()}`);
  }
  if (req.step) {
    const ms = durationToMs(req.step);
    if (!(ms >= 0) || !Number.isFinite(ms)) throw new ProtoConversionError('step', `must be a non-negative duration, got ${ms / 1000}s`);
    out.stepMs = ms;
  }
  return out;
}

/** GetTaskLogsRequest.lines is a uint64 (a decimal string here): a safe number, 0 meaning "the plugin's choice". */
export function logLinesFromProto(lines: string | number | null | undefined): number {
  const n = Number(lines ?? 0);
  if (!Number.isFinite(n) || n < 0) return 0;
  return Math.min(n, Number.MAX_SAFE_INTEGER);
}

/** The plugin's metric results → ExecutionMetricResults (data as a Struct), secrets redacted. */
export function metricResultsToProto(results: unknown, pluginId: string, redactor: Redactor): ExecutionMetricResult[] {
  const hook = 'getTaskMetrics';
  if (!Array.isArray(results)) throw new PluginResultError(pluginId, hook, `must return an array of { metric, data }, got ${describe(results)}`);
  return results.map((r: Partial<TaskMetricResult> | null, i) => {
    if (!r || typeof r !== 'object' || typeof r.metric !== 'string') {
      throw new PluginResultError(pluginId, hook, `result [${i}] must be { metric: string, data: object }, got ${describe(r)}`);
    }
    const data = r.data ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      throw new PluginResultError(pluginId, hook, `result [${i}] (${r.metric}): data must be an object (a Struct), got ${describe(data)}`);
    }
    return { metric: r.metric, data: structFromJson(redactor.redactValue(data as Record<string, unknown>)) as ExecutionMetricResult['data'] };
  });
}

/** One chunk → the token it sets (undefined: none) and its body, secrets redacted. */
export function logsChunkToProto(chunk: unknown, pluginId: string, redactor: Redactor): { token?: string; body: GetTaskLogsResponseBody } {
  const hook = 'getTaskLogs';
  const c = chunk as Partial<TaskLogsChunk> | null;
  if (!c || typeof c !== 'object' || !Array.isArray(c.lines)) {
    throw new PluginResultError(pluginId, hook, `must return (or yield) { lines: [...], token? }, got ${describe(chunk)}`);
  }
  if (c.token !== undefined && c.token !== null && typeof c.token !== 'string') {
    throw new PluginResultError(pluginId, hook, `token must be a string, got ${describe(c.token)}`);
  }
  const structured: LogLine[] = c.lines.map((l: string | TaskLogLine, i) => {
    if (typeof l === 'string') return { message: redactor.redact(l), originator: 'UNKNOWN' };
    if (!l || typeof l !== 'object' || typeof l.message !== 'string') {
      throw new PluginResultError(pluginId, hook, `lines[${i}] must be a string or { message, timestamp?, originator? }, got ${describe(l)}`);
    }
    const originator = l.originator ?? 'UNKNOWN';
    if (!ORIGINATORS.includes(originator)) {
      throw new PluginResultError(pluginId, hook, `lines[${i}].originator must be one of ${ORIGINATORS.join(', ')}, got ${JSON.stringify(originator)}`);
    }
    const line: LogLine = { message: redactor.redact(l.message), originator };
    if (l.timestamp !== undefined && l.timestamp !== null) {
      try {
        line.timestamp = timestampFromJson(l.timestamp, `lines[${i}].timestamp`);
      } catch (err) {
        throw new PluginResultError(pluginId, hook, (err as Error).message);
      }
    }
    return line;
  });
  return {
    ...(typeof c.token === 'string' ? { token: redactor.redact(c.token) } : {}),
    body: { structured_lines: structured, results: structured.map((l) => l.message!) },
  };
}

/** Where the log messages go: a grpc-js server-writable stream (only what is used here). */
export interface LogsSink {
  write(msg: GetTaskLogsResponse): boolean;
  once(event: 'drain', fn: () => void): unknown;
  removeListener(event: 'drain', fn: () => void): unknown;
}

function isAsyncIterable(v: unknown): v is AsyncIterable<unknown> {
  return v !== null && typeof v === 'object' && typeof (v as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? Object.assign(new Error('cancelled'), { name: 'AbortError' });
}

/** Resolve `p`, or reject as soon as `signal` aborts (a late rejection of `p` is swallowed). */
function untilAborted<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    p.catch(() => {});
    return Promise.reject(abortError(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/**
 * Stream what `getTaskLogs` returned (a chunk, a promise of one, or an async iterable of chunks) to
 * `sink`, honouring backpressure. Stops (and closes the plugin's iterator) as soon as `signal` aborts.
 */
export async function streamTaskLogs(source: unknown, sink: LogsSink, signal: AbortSignal, pluginId: string, redactor: Redactor): Promise<void> {
  let headerSent = false;
  const send = async (msg: GetTaskLogsResponse) => {
    if (signal.aborted) throw abortError(signal);
    if (sink.write(msg)) return;
    let onDrain: () => void = () => {};
    await untilAborted(new Promise<void>((resolve) => sink.once('drain', (onDrain = resolve))), signal).finally(() => sink.removeListener('drain', onDrain));
  };
  const emit = async (chunk: unknown) => {
    const { token, body } = logsChunkToProto(chunk, pluginId, redactor);
    if (!headerSent || token !== undefined) {
      await send({ header: { token: token ?? '' } });
      headerSent = true;
    }
    if (body.structured_lines!.length > 0) await send({ body });
  };

  let resolved = source;
  if (!isAsyncIterable(resolved) && resolved && typeof (resolved as PromiseLike<unknown>).then === 'function') {
    resolved = await untilAborted(Promise.resolve(resolved), signal);
  }
  if (isAsyncIterable(resolved)) {
    const it = resolved[Symbol.asyncIterator]();
    let done = false;
    try {
      for (;;) {
        const r = await untilAborted(Promise.resolve(it.next()), signal);
        if (r.done) {
          done = true;
          break;
        }
        await emit(r.value);
      }
    } finally {
      // Close the plugin's generator (runs its finally blocks) when we stop early: cancel or error.
      if (!done && typeof it.return === 'function') Promise.resolve(it.return()).catch(() => {});
    }
  } else {
    await emit(resolved);
  }
  if (!headerSent) await send({ header: { token: '' } });
}

/**
 * A created task's plugin for an optional hook (metrics, logs): UNIMPLEMENTED when the plugin lacks it —
 * and, before the request is even looked at, when no plugin served here provides it.
 */
function hookOf(core: ServeCore, ref: TaskRef, hook: 'getTaskMetrics' | 'getTaskLogs', track: Track) {
  const what = hook === 'getTaskMetrics' ? 'task metrics' : 'task logs';
  const provides = (p: ServedPlugin) => !p.isSync && typeof (p.plugin as AnyAsyncPlugin)[hook] === 'function';
  const all = core.plugins();
  if (!all.some(provides)) {
    throw new ServeError('UNIMPLEMENTED', `no plugin served here provides ${what} (AsyncPlugin.${hook}); plugins: ${all.map((p) => p.entry.id).join(', ')}`);
  }
  const { env, served } = core.resolve(ref, track);
  if (!provides(served)) {
    throw new ServeError('UNIMPLEMENTED', `plugin ${served.entry.id} does not provide ${what} (AsyncPlugin.${hook}) for task type "${env.taskType}"`);
  }
  return { env, served, plugin: served.plugin as AnyAsyncPlugin };
}

/** GetTaskMetrics: the plugin's getTaskMetrics for a created task (none for a task whose create failed). */
export async function serveTaskMetrics(core: ServeCore, ref: TaskRef, req: MetricsWindow, track: Track, redactor: Redactor): Promise<ExecutionMetricResult[]> {
  const { env, served, plugin } = hookOf(core, ref, 'getTaskMetrics', track);
  const window = metricsWindowFromProto(req);
  if (env.failed) return []; // create failed: there is no remote resource to measure
  await served.read.wait(ref.signal);
  const results = await plugin.getTaskMetrics!({ resourceMeta: env.meta, ...window, signal: ref.signal });
  return metricResultsToProto(results, served.entry.id, redactor);
}

/** GetTaskLogs: stream the plugin's getTaskLogs for a created task (a bare header for one whose create failed). */
export async function serveTaskLogs(
  core: ServeCore,
  ref: TaskRef,
  req: { lines?: string | number | null; token?: string | null },
  sink: LogsSink,
  track: Track,
  redactor: Redactor,
): Promise<void> {
  const { env, served, plugin } = hookOf(core, ref, 'getTaskLogs', track);
  if (env.failed) {
    // create failed: no remote resource, no logs (the failure itself is reported by GetTask)
    sink.write({ header: { token: '' } });
    return;
  }
  await served.read.wait(ref.signal);
  const source = plugin.getTaskLogs!({ resourceMeta: env.meta, lines: logLinesFromProto(req.lines), token: req.token ?? '', signal: ref.signal });
  await streamTaskLogs(source, sink, ref.signal, served.entry.id, redactor);
}
