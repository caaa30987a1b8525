/**
 * The server side of bench/serve.mjs: `serve`'s agent server with a trivial plugin, in its own process
 * (the parent pins it to one core). Talks to the parent over IPC: sends { port } once listening, answers
 * { cmd: 'stats' } with its CPU time and memory, exits on { cmd: 'exit' }.
 *
 *   node bench/serve/server.mjs <root>     root: a checkout with dist/ (this one, or an older one for "before")
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2];
const { createAgentServer } = await import(join(root, 'dist/serve/server.js'));
const { phaseInfoRunning } = await import(join(root, 'dist/index.js'));

// The per-request work a real plugin does is small next to the server's: no I/O, a tiny status.
const trivial = {
  getConfig: () => ({ readRateLimiter: { qps: 100000, burst: 10000 }, writeRateLimiter: { qps: 100000, burst: 10000 } }),
  create: async (tCtx) => {
    await tCtx.inputReader.get();
    return { resourceMeta: { id: tCtx.taskExecutionMetadata.taskExecutionId.generatedName } };
  },
  get: ({ resourceMeta }) => ({ id: resourceMeta.id, state: 'RUNNING' }),
  delete: () => {},
  status: ({ resource }) => phaseInfoRunning({ info: { logs: [{ name: 'console', uri: `https://remote.example/jobs/${resource.id}` }] } }),
};
const server = await createAgentServer({ entries: [{ id: 'trivial', supportedTaskTypes: ['trivial'], pluginLoader: () => trivial }] });
const port = await server.listen('127.0.0.1', 0);
process.on('message', (m) => {
  if (m?.cmd === 'stats') {
    if (m.gc && globalThis.gc) globalThis.gc();
    const mem = process.memoryUsage();
    process.send({ cpu: process.cpuUsage(), sched: schedstat(), rss: mem.rss, heapUsed: mem.heapUsed, at: performance.now() });
  } else if (m?.cmd === 'exit') {
    server.forceShutdown();
    process.exit(0);
  }
});
process.send({ port });

/** The main thread's [ns on a CPU, ns runnable but waiting for one] (Linux), to tell a stall from a busy machine. */
function schedstat() {
  try {
    const [run, wait] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
    return [run, wait];
  } catch {
    return undefined;
  }
}
