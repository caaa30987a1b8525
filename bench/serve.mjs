#!/usr/bin/env node
/**
 * GetTask throughput and p99 latency of `serve` against a trivial plugin, 50 concurrent calls from a
 * grpc-js client in the same process, over loopback (127.0.0.1), for a bounded duration.
 *
 *   node bench/serve.mjs [--seconds 10] [--concurrency 50]
 *
 * Uses the built dist/. Prints a summary and writes bench/results/serve.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, concurrency: { type: 'string', default: '50' } } });
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const root = join(import.meta.dirname, '..');
const { createAgentServer } = await import(join(root, 'dist/serve/server.js'));
const { loadProtos } = await import(join(root, 'dist/serve/proto.js'));
const { phaseInfoRunning } = await import(join(root, 'dist/index.js'));

const trivial = {
  getConfig: () => ({ readRateLimiter: { qps: 1e9, burst: 1e9 }, writeRateLimiter: { qps: 1e9, burst: 1e9 } }),
  create: () => ({ resourceMeta: { id: 'job-1' } }),
  get: ({ resourceMeta }) => ({ id: resourceMeta.id, state: 'RUNNING' }),
  delete: () => {},
  status: () => phaseInfoRunning(),
};
const server = await createAgentServer({ entries: [{ id: 'trivial', supportedTaskTypes: ['trivial'], pluginLoader: () => trivial }] });
const port = await server.listen('127.0.0.1', 0);
const protos = await loadProtos();
const { grpc } = protos;
const client = new protos.agent.flyteidl.service.AsyncAgentService(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
const unary = (fn, req) => new Promise((res, rej) => fn.call(client, req, (e, r) => (e ? rej(e) : res(r))));

const { resource_meta } = await unary(client.CreateTask, { template: { type: 'trivial' } });
const req = { task_type: 'trivial', task_category: { name: 'trivial', version: 0 }, resource_meta };
// warm-up
for (let i = 0; i < 200; i++) await unary(client.GetTask, req);

const latencies = [];
let errors = 0;
const start = performance.now();
const end = start + seconds * 1000;
async function worker() {
  while (performance.now() < end) {
    const t0 = performance.now();
    try {
      const r = await unary(client.GetTask, req);
      if (r.resource.phase !== 'RUNNING') errors++;
    } catch {
      errors++;
    }
    latencies.push(performance.now() - t0);
  }
}
await Promise.all(Array.from({ length: concurrency }, worker));
const elapsed = (performance.now() - start) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
const result = {
  benchmark: 'serve GetTask',
  node: process.version,
  concurrency,
  seconds: Number(elapsed.toFixed(2)),
  requests: latencies.length,
  errors,
  reqPerSec: Math.round(latencies.length / elapsed),
  p50Ms: Number(pct(50).toFixed(2)),
  p99Ms: Number(pct(99).toFixed(2)),
  maxMs: Number(latencies.at(-1).toFixed(2)),
  note: 'client and server in one process on loopback; trivial plugin (get + status, no I/O)',
};
client.close();
server.forceShutdown();
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'serve.json'), JSON.stringify(result, null, 2) + '\n');
console.log(`serve GetTask: ${result.reqPerSec} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms at ${concurrency} concurrent calls (${result.requests} requests in ${result.seconds} s, ${errors} errors)`);
