/**
 * The floor of bench/serve.mjs: a bare grpc-js server for the same services that answers every call with
 * a constant (no plugin, no routing, no conversions) — the least any grpc-js server for this protocol
 * does per call (v1's AsyncAgentService and Flyte 2's AsyncConnectorService), measured beside `serve`
 * with the same client. Same IPC protocol as server.mjs.
 *
 *   node bench/serve/floor-server.mjs <root>
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2];
const { loadProtos } = await import(join(root, 'dist/serve/proto.js'));
const protos = await loadProtos();
const { grpc } = protos;
const resource = { phase: 'RUNNING', state: 'RUNNING', log_links: [{ name: 'console', uri: 'https://remote.example/jobs/x' }] };
const meta = Buffer.from(JSON.stringify({ v: 1, plugin: 'trivial', taskType: 'trivial', meta: { id: 'x' } }));
const server = new grpc.Server({ 'grpc.enable_channelz': 0 });
server.addService(protos.agent.flyteidl.service.AsyncAgentService.service, {
  CreateTask: (_call, cb) => cb(null, { resource_meta: meta }),
  GetTask: (_call, cb) => cb(null, { resource }),
  DeleteTask: (_call, cb) => cb(null, {}),
  GetTaskMetrics: (_call, cb) => cb(null, { results: [] }),
  GetTaskLogs: (call) => call.end(),
});
// Flyte 2's AsyncConnectorService, when this checkout has it
if (existsSync(join(root, 'dist/serve/v2/proto.js'))) {
  const { loadProtos2 } = await import(join(root, 'dist/serve/v2/proto.js'));
  server.addService((await loadProtos2()).connector.flyteidl2.connector.AsyncConnectorService.service, {
    CreateTask: (_call, cb) => cb(null, { resource_meta: meta }),
    GetTask: (_call, cb) => cb(null, { resource: { phase: resource.phase, log_links: resource.log_links } }),
    DeleteTask: (_call, cb) => cb(null, {}),
    GetTaskMetrics: (_call, cb) => cb(null, { results: [] }),
    GetTaskLogs: (call) => call.end(),
  });
}
const port = await new Promise((res, rej) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? rej(e) : res(p))));
process.on('message', (m) => {
  if (m?.cmd === 'stats') {
    if (m.gc && globalThis.gc) globalThis.gc();
    const mem = process.memoryUsage();
    let sched;
    try {
      sched = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
    } catch {}
    process.send({ cpu: process.cpuUsage(), sched, rss: mem.rss, heapUsed: mem.heapUsed, at: performance.now() });
  } else if (m?.cmd === 'exit') {
    server.forceShutdown();
    process.exit(0);
  }
});
process.send({ port });
