/**
 * GetTaskMetrics and GetTaskLogs: answered by the plugin's optional getTaskMetrics / getTaskLogs hooks,
 * UNIMPLEMENTED without them. In process, over loopback, with a grpc-js client.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AsyncPlugin, PluginEntry, TaskLogsChunk, TaskMetricsContext } from 'webapi-plugin';
import simEntries from './fixtures/sim-plugin.js';
import { call, callError, clientsFor, simTemplate, startServer, taskExecutionMetadata } from './helpers.js';
import { Redactor } from '../../src/util/redact.js';
import { encodeResourceMeta } from '../../src/serve/resource-meta.js';
import { structToJson } from '../../src/literals/index.js';
import type { AgentServer } from '../../src/serve/server.js';

type Clients = Awaited<ReturnType<typeof clientsFor>>;

/** What the tail plugin saw, for the cancellation test. */
const tail = { metricsCtx: undefined as TaskMetricsContext | undefined, aborted: false, closed: false, started: 0 };

/** A streaming plugin: structured lines over several chunks; with `follow`, it then waits for more until aborted. */
const tailPlugin: AsyncPlugin<{ id: string; follow?: boolean }, unknown> = {
  getConfig: () => ({ readRateLimiter: { qps: 100000, burst: 100000 } }),
  create: () => ({ resourceMeta: { id: 'tail-1' } }),
  get: () => ({}),
  delete: () => {},
  status: () => ({ phase: 'Running' }),
  getTaskMetrics(ctx) {
    tail.metricsCtx = ctx;
    return [
      { metric: 'EXECUTION_METRIC_USED_MEMORY_BYTES_AVG', data: { resultType: 'matrix', result: [{ metric: { pod: 'p-0' }, values: [[1714564800, '1024'], [1714564860, '2048']] }], meta: { nested: { deep: [1, 'two', true, null] } } } },
      { metric: 'EXECUTION_METRIC_EMPTY', data: {} },
    ];
  },
  async *getTaskLogs({ resourceMeta, lines, token, signal }) {
    tail.started++;
    try {
      yield { token: `next-after-${token || 'start'}`, lines: [{ message: `hello (lines=${lines})\n`, timestamp: new Date('2024-05-01T12:00:00.250Z'), originator: 'USER' }] };
      yield { lines: ['plain line\n', { message: 'system says hi\r\n', originator: 'SYSTEM', timestamp: '2024-05-01T12:00:01.5Z' }] };
      yield { lines: [] }; // nothing new: no body is sent
      if (resourceMeta.follow) {
        await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
        tail.aborted = signal.aborted;
        yield { lines: ['never sent'] };
      }
      yield { token: '', lines: ['bye\n'] };
    } finally {
      tail.closed = true;
    }
  },
};

/** An async plugin without the optional hooks. */
const plainPlugin: AsyncPlugin = {
  getConfig: () => ({ readRateLimiter: { qps: 0.001, burst: 1 } }),
  create: () => ({ resourceMeta: {} }),
  get: () => ({}),
  delete: () => {},
  status: () => ({ phase: 'Running' }),
};

let secretToken = '';
/** Hooks that fail: a thrown error carrying a secret, or results the protocol cannot carry. */
const badPlugin = (setup: { secretManager: { get(k: string): Promise<string> } }): AsyncPlugin<{ mode: string }> => ({
  getConfig: () => ({ readRateLimiter: { qps: 0.001, burst: 1 } }),
  create: () => ({ resourceMeta: { mode: 'throw' } }),
  get: () => ({}),
  delete: () => {},
  status: () => ({ phase: 'Running' }),
  async getTaskMetrics({ resourceMeta }) {
    if (resourceMeta.mode === 'shape') return { metric: 'not-an-array' } as never;
    secretToken = await setup.secretManager.get('api_token');
    throw new Error(`metrics backend rejected token ${secretToken}`);
  },
  getTaskLogs({ resourceMeta }): AsyncIterable<TaskLogsChunk> | TaskLogsChunk {
    if (resourceMeta.mode === 'shape') return { lines: [{ message: 'x', originator: 'USR' as never }] };
    if (resourceMeta.mode === 'midway') {
      return (async function* () {
        yield { lines: ['first\n'] };
        throw new Error('log store went away');
      })();
    }
    throw new Error('logs backend down');
  },
});

const entries: PluginEntry[] = [
  ...simEntries,
  { id: 'tail', supportedTaskTypes: ['tail_job'], pluginLoader: () => tailPlugin },
  { id: 'plain', supportedTaskTypes: ['plain_job'], pluginLoader: () => plainPlugin },
  { id: 'bad', supportedTaskTypes: ['bad_job'], pluginLoader: (setup) => badPlugin(setup) },
];

let server: AgentServer;
let clients: Clients;
const redactor = new Redactor();

beforeAll(async () => {
  let address: string;
  ({ server, address } = await startServer({ entries, env: { _FSEC_API_TOKEN: 'tok-METRICS-s3cr3t' }, redactor }));
  clients = await clientsFor(address);
});
afterAll(() => {
  clients?.close();
  server?.forceShutdown();
});

const md = () => new clients.grpc.Metadata();
const envelope = (plugin: string, taskType: string, meta: unknown, extra: Record<string, unknown> = {}) =>
  encodeResourceMeta({ v: 1, plugin, taskType, meta, ...extra });

function metrics(req: Record<string, unknown>, c: Clients = clients) {
  return call<{ results: { metric: string; data: unknown }[] }>((cb) => c.async.GetTaskMetrics(req as never, new c.grpc.Metadata(), cb));
}

/** Read a whole GetTaskLogs stream: the messages, and the error status if it ended with one. */
function logs(req: Record<string, unknown>, c: Clients = clients, onData?: (msg: any, stream: any) => void): Promise<{ messages: any[]; error?: any }> {
  return new Promise((resolve) => {
    const stream = c.async.GetTaskLogs(req as never, new c.grpc.Metadata());
    const messages: any[] = [];
    stream.on('data', (m: any) => {
      messages.push(m);
      onData?.(m, stream);
    });
    stream.on('error', (error: any) => resolve({ messages, error }));
    stream.on('end', () => resolve({ messages }));
  });
}

describe('GetTaskMetrics', () => {
  it('answers with the plugin\'s results, data as a Struct with nested values, the window decoded', async () => {
    const res = await metrics({
      task_category: { name: 'tail_job', version: 0 },
      resource_meta: envelope('tail', 'tail_job', { id: 'tail-1' }),
      queries: ['EXECUTION_METRIC_USED_MEMORY_BYTES_AVG'],
      start_time: { seconds: '1714564800', nanos: 500_000_000 },
      end_time: { seconds: '1714568400', nanos: 0 },
      step: { seconds: '60', nanos: 0 },
    });
    expect(tail.metricsCtx).toMatchObject({ resourceMeta: { id: 'tail-1' }, queries: ['EXECUTION_METRIC_USED_MEMORY_BYTES_AVG'], stepMs: 60_000 });
    expect(tail.metricsCtx!.startTime!.toISOString()).toBe('2024-05-01T12:00:00.500Z');
    expect(tail.metricsCtx!.endTime!.toISOString()).toBe('2024-05-01T13:00:00.000Z');
    expect(tail.metricsCtx!.signal).toBeInstanceOf(AbortSignal);
    expect(res.results.map((r) => r.metric)).toEqual(['EXECUTION_METRIC_USED_MEMORY_BYTES_AVG', 'EXECUTION_METRIC_EMPTY']);
    expect(structToJson(res.results[0]!.data)).toEqual({
      resultType: 'matrix',
      result: [{ metric: { pod: 'p-0' }, values: [[1714564800, '1024'], [1714564860, '2048']] }],
      meta: { nested: { deep: [1, 'two', true, null] } },
    });
    expect(structToJson(res.results[1]!.data)).toEqual({});
  });

  it('a task created through CreateTask: the sim plugin answers from its resourceMeta; no window means undefined', async () => {
    const { resource_meta } = await call<{ resource_meta: Buffer }>((cb) =>
      clients.async.CreateTask({ template: simTemplate({ runMs: 60_000 }), inputs: { literals: {} }, task_execution_metadata: taskExecutionMetadata() } as never, md(), cb),
    );
    const res = await metrics({ task_type: 'sim_job', resource_meta, start_time: { seconds: '100', nanos: 0 }, end_time: { seconds: '102', nanos: 0 } });
    expect(res.results).toHaveLength(1);
    const data = structToJson(res.results[0]!.data) as any;
    expect(res.results[0]!.metric).toBe('EXECUTION_METRIC_USED_CPU_AVG');
    expect(data.result[0].metric).toEqual({ job: 'f3a9c2-n0-0', container: 'main' });
    expect(data.result[0].values).toEqual([[100, '0.25'], [101, '0.50'], [102, '0.75']]);
    await metrics({ task_category: { name: 'tail_job', version: 0 }, resource_meta: envelope('tail', 'tail_job', { id: 'w' }) });
    const { queries, startTime, endTime, stepMs } = tail.metricsCtx!;
    expect({ queries, startTime, endTime, stepMs }).toEqual({ queries: [], startTime: undefined, endTime: undefined, stepMs: undefined });
  });

  it('INVALID_ARGUMENT for a foreign resource_meta and a window that ends before it starts', async () => {
    let err = await callError((cb) => clients.async.GetTaskMetrics({ task_type: 'tail_job', resource_meta: Buffer.from('job-123') }, md(), cb));
    expect(err.code).toBe(clients.grpc.status.INVALID_ARGUMENT);
    expect(err.details).toMatch(/not created by webapi-plugin serve/);
    const req = { resource_meta: envelope('tail', 'tail_job', {}), start_time: { seconds: '200', nanos: 0 }, end_time: { seconds: '100', nanos: 0 } };
    err = await callError((cb) => clients.async.GetTaskMetrics(req as never, md(), cb));
    expect(err.code).toBe(clients.grpc.status.INVALID_ARGUMENT);
    expect(err.details).toBe('start_time: 1970-01-01T00:03:20.000Z is after end_time 1970-01-01T00:01:40.000Z');
  });

  it('UNIMPLEMENTED, naming the plugin, when it lacks getTaskMetrics (an async plugin, a sync one)', async () => {
    for (const [plugin, type] of [['plain', 'plain_job'], ['echo', 'echo_sync']] as const) {
      const err = await callError((cb) => clients.async.GetTaskMetrics({ task_type: type, resource_meta: envelope(plugin, type, {}) }, md(), cb));
      expect(err.code).toBe(clients.grpc.status.UNIMPLEMENTED);
      expect(err.details).toBe(`plugin ${plugin} does not provide task metrics (AsyncPlugin.getTaskMetrics) for task type "${type}"`);
    }
  });

  it('a throwing hook is INTERNAL with its message, secrets redacted; a bad result shape is INTERNAL naming the plugin; the server keeps serving', async () => {
    let err = await callError((cb) => clients.async.GetTaskMetrics({ resource_meta: envelope('bad', 'bad_job', { mode: 'throw' }) }, md(), cb));
    expect(err.code).toBe(clients.grpc.status.INTERNAL);
    expect(secretToken).toBe('tok-METRICS-s3cr3t');
    expect(err.details).toBe('metrics backend rejected token [REDACTED]');
    // the bad plugin's read limiter (burst 1, ~no refill) is spent: a second call waits, and the deadline ends it
    err = await callError((cb) => clients.async.GetTaskMetrics({ resource_meta: envelope('bad', 'bad_job', { mode: 'shape' }) }, md(), { deadline: Date.now() + 300 }, cb));
    expect(err.code).toBe(clients.grpc.status.DEADLINE_EXCEEDED);
    const ok = await metrics({ resource_meta: envelope('tail', 'tail_job', {}) });
    expect(ok.results).toHaveLength(2);
  });

  it('a task whose create failed permanently has no metrics: an empty answer', async () => {
    const res = await metrics({ resource_meta: envelope('tail', 'tail_job', null, { failed: { code: 'BadRequest', message: 'nope', kind: 'USER' } }) });
    expect(res.results).toEqual([]);
  });
});

describe('GetTaskLogs', () => {
  it('streams a header with the token, then one body per chunk, structured and plain lines', async () => {
    const { messages, error } = await logs({ task_category: { name: 'tail_job', version: 0 }, resource_meta: envelope('tail', 'tail_job', { id: 't' }), lines: '50', token: 'page-7' });
    expect(error).toBeUndefined();
    expect(messages.map((m) => m.part)).toEqual(['header', 'body', 'body', 'header', 'body']);
    expect(messages[0].header.token).toBe('next-after-page-7');
    expect(messages[1].body.structured_lines).toEqual([{ message: 'hello (lines=50)\n', originator: 'USER', timestamp: { seconds: '1714564800', nanos: 250_000_000 } }]);
    expect(messages[1].body.results).toEqual(['hello (lines=50)\n']); // the deprecated field, for older clients
    expect(messages[2].body.structured_lines).toEqual([
      { message: 'plain line\n', originator: 'UNKNOWN', timestamp: null },
      { message: 'system says hi\r\n', originator: 'SYSTEM', timestamp: { seconds: '1714564801', nanos: 500_000_000 } },
    ]);
    expect(messages[3].header.token).toBe(''); // the last chunk says: no more pages
    expect(messages[4].body.results).toEqual(['bye\n']);
    expect(tail.closed).toBe(true);
  });

  it('paged logs: the token round-trips until it comes back empty (sim plugin, via CreateTask)', async () => {
    const { resource_meta } = await call<{ resource_meta: Buffer }>((cb) =>
      clients.async.CreateTask({ template: simTemplate({ runMs: 60_000 }), inputs: { literals: {} }, task_execution_metadata: taskExecutionMetadata() } as never, md(), cb),
    );
    const seen: string[] = [];
    const tokens: string[] = [];
    let token = '';
    do {
      const { messages, error } = await logs({ task_type: 'sim_job', resource_meta, lines: 2, token });
      expect(error).toBeUndefined();
      expect(messages[0].part).toBe('header');
      token = messages[0].header.token;
      tokens.push(token);
      for (const m of messages.slice(1)) seen.push(...m.body.results);
    } while (token);
    expect(tokens).toEqual(['2', '4', '']);
    expect(seen).toEqual([1, 2, 3, 4, 5].map((i) => `f3a9c2-n0-0: step ${i}/5\n`));
  });

  it('a client that cancels mid-stream aborts the plugin\'s signal and closes its generator', async () => {
    tail.aborted = false;
    tail.closed = false;
    const { messages, error } = await logs({ resource_meta: envelope('tail', 'tail_job', { id: 'f', follow: true }) }, clients, (_m, stream) => {
      if (_m.part === 'body' && _m.body.results[0] === 'plain line\n') stream.cancel();
    });
    expect(error.code).toBe(clients.grpc.status.CANCELLED);
    expect(messages.map((m) => m.part)).toEqual(['header', 'body', 'body']);
    await expect.poll(() => tail.aborted && tail.closed, { timeout: 2000, interval: 10 }).toBe(true);
    await vitestWaitInFlight(server);
  });

  it('UNIMPLEMENTED, naming the plugin, when it lacks getTaskLogs', async () => {
    const { messages, error } = await logs({ task_type: 'plain_job', resource_meta: envelope('plain', 'plain_job', {}) });
    expect(messages).toEqual([]);
    expect(error.code).toBe(clients.grpc.status.UNIMPLEMENTED);
    expect(error.details).toBe('plugin plain does not provide task logs (AsyncPlugin.getTaskLogs) for task type "plain_job"');
  });

  it('a throwing hook is INTERNAL; a failure after the first chunk ends the stream with INTERNAL; a bad line is INTERNAL naming the plugin', async () => {
    // the bad plugin's read limiter allowed one call in the metrics tests: use a fresh server for these
    const s = await startServer({ entries: [{ id: 'bad', supportedTaskTypes: ['bad_job'], pluginLoader: (setup) => ({ ...badPlugin(setup), getConfig: () => ({}) }) }], env: {} });
    const c = await clientsFor(s.address);
    try {
      let r = await logs({ resource_meta: envelope('bad', 'bad_job', { mode: 'throw' }) }, c);
      expect(r.error).toMatchObject({ code: c.grpc.status.INTERNAL, details: 'logs backend down' });
      r = await logs({ resource_meta: envelope('bad', 'bad_job', { mode: 'midway' }) }, c);
      expect(r.messages.map((m) => m.part)).toEqual(['header', 'body']);
      expect(r.error).toMatchObject({ code: c.grpc.status.INTERNAL, details: 'log store went away' });
      r = await logs({ resource_meta: envelope('bad', 'bad_job', { mode: 'shape' }) }, c);
      expect(r.error).toMatchObject({ code: c.grpc.status.INTERNAL, details: 'plugin bad: getTaskLogs lines[0].originator must be one of UNKNOWN, USER, SYSTEM, got "USR"' });
      const m = await callError((cb) => c.async.GetTaskMetrics({ resource_meta: envelope('bad', 'bad_job', { mode: 'shape' }) }, new c.grpc.Metadata(), cb));
      expect(m).toMatchObject({ code: c.grpc.status.INTERNAL, details: 'plugin bad: getTaskMetrics must return an array of { metric, data }, got an object' });
      const agents = await call<{ agents: unknown[] }>((cb) => c.metadata.ListAgents({}, new c.grpc.Metadata(), cb));
      expect(agents.agents).toHaveLength(1);
    } finally {
      c.close();
      s.server.forceShutdown();
    }
  });

  it('a task whose create failed permanently has no logs: a header with an empty token, no body', async () => {
    const { messages, error } = await logs({ resource_meta: envelope('tail', 'tail_job', null, { failed: { code: 'X', message: 'nope', kind: 'USER' } }) });
    expect(error).toBeUndefined();
    expect(messages).toEqual([{ part: 'header', header: { token: '' } }]);
  });
});

describe('a server none of whose plugins provides the hooks', () => {
  it('answers UNIMPLEMENTED before decoding the request', async () => {
    const s = await startServer({ entries: [{ id: 'plain', supportedTaskTypes: ['plain_job'], pluginLoader: () => plainPlugin }] });
    const c = await clientsFor(s.address);
    try {
      const err = await callError((cb) => c.async.GetTaskMetrics({}, new c.grpc.Metadata(), cb));
      expect(err).toMatchObject({ code: c.grpc.status.UNIMPLEMENTED, details: 'no plugin served here provides task metrics (AsyncPlugin.getTaskMetrics); plugins: plain' });
      const r = await logs({}, c);
      expect(r.error).toMatchObject({ code: c.grpc.status.UNIMPLEMENTED, details: 'no plugin served here provides task logs (AsyncPlugin.getTaskLogs); plugins: plain' });
    } finally {
      c.close();
      s.server.forceShutdown();
    }
  });
});

/** The server has finished with every call (the cancelled stream's handler has returned). */
async function vitestWaitInFlight(s: AgentServer) {
  await expect.poll(() => s.inFlight(), { timeout: 2000, interval: 10 }).toBe(0);
}
