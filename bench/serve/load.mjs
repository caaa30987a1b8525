/**
 * The load generator of bench/serve.mjs, in its own process: a grpc-js client (one channel, as
 * Propeller keeps one per endpoint) keeping `concurrency` calls of one RPC in flight for `seconds`.
 * Prints one JSON line: { requests, errors, seconds, latencies summary }.
 *
 *   node bench/serve/load.mjs <root> <address> <GetTask|CreateTask|v2.GetTask|v2.CreateTask> <concurrency> <seconds> [grpc-js|h2]
 *
 * `v2.` calls Flyte 2's flyteidl2.connector.AsyncConnectorService (inputs as named literals, the
 * interface's variables as entries) instead of flyteidl v1's AsyncAgentService.
 *
 * grpc-js (default) is the client Node users have. h2 is a minimal gRPC client on node:http2 (the same
 * bytes on the wire, a fraction of the client's CPU), to see how far the server goes when the client is
 * not the limit: on a 2-core machine both share the CPU budget.
 */
import { readFileSync } from 'node:fs';
import http2 from 'node:http2';
import { join } from 'node:path';

const [root, address, rpcArg, concurrencyArg, secondsArg, clientKind = 'grpc-js'] = process.argv.slice(2);
const v2 = rpcArg.startsWith('v2.');
const rpc = v2 ? rpcArg.slice(3) : rpcArg;
const concurrency = Number(concurrencyArg);
const seconds = Number(secondsArg);
const { loadProtos } = await import(join(root, 'dist/serve/proto.js'));
const protos = await loadProtos();
const { grpc } = protos;
// A cheap client, so that the server is what is measured: requests are encoded once up front and answers
// stay raw bytes (a sample is decoded to check it). The same bytes reach the server as from Propeller.
const path = (m) => (v2 ? `/flyteidl2.connector.AsyncConnectorService/${m}` : `/flyteidl.service.AsyncAgentService/${m}`);
const raw = { requestSerialize: (b) => b, responseDeserialize: (b) => b, requestStream: false, responseStream: false };
const Client = grpc.makeGenericClientConstructor({ GetTask: { path: path('GetTask'), ...raw }, CreateTask: { path: path('CreateTask'), ...raw } }, 'AsyncAgentService');
const client = new Client(address, grpc.credentials.createInsecure(), {
  'grpc.max_receive_message_length': -1,
  'grpc.enable_retries': 0, // Propeller's Go client does not retry either; saves a layer per call
  'grpc.enable_channelz': 0,
});
const protos2 = v2 ? await (await import(join(root, 'dist/serve/v2/proto.js'))).loadProtos2() : undefined;
const codec = (name) => (v2 ? protos2.codec(`flyteidl2.connector.${name}`) : protos.codec(`flyteidl.admin.${name}`));
const grpcJsUnary = (method, bytes) => new Promise((res, rej) => client[method](bytes, (e, r) => (e ? rej(e) : res(r))));

// The h2 client: one HTTP/2 session; a call is a POST with the length-prefixed message, the answer the
// data frames plus a grpc-status trailer.
let session;
function h2Unary(method, bytes) {
  session ??= http2.connect(`http://${address}`);
  return new Promise((res, rej) => {
    const frame = Buffer.allocUnsafe(5 + bytes.length);
    frame[0] = 0;
    frame.writeUInt32BE(bytes.length, 1);
    bytes.copy(frame, 5);
    const req = session.request({ ':method': 'POST', ':path': path(method), 'content-type': 'application/grpc', te: 'trailers' });
    const chunks = [];
    let status;
    req.on('data', (c) => chunks.push(c));
    req.on('trailers', (t) => (status = t['grpc-status']));
    req.on('response', (h) => {
      if (h['grpc-status'] !== undefined) status = h['grpc-status'];
    });
    req.on('end', () => (status === '0' ? res(Buffer.concat(chunks).subarray(5)) : rej(new Error(`grpc-status ${status}`))));
    req.on('error', rej);
    req.end(frame);
  });
}
const unary = clientKind === 'h2' ? h2Unary : grpcJsUnary;

// What Propeller sends: a template with id, metadata, an interface, custom; inputs; execution metadata.
const struct = (o) => ({ fields: Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? { numberValue: v } : { stringValue: String(v) }])) });
const variable = (simple) => ({ type: { simple }, description: '' });
const template = {
  id: { resource_type: 'TASK', project: 'flytesnacks', domain: 'development', name: 'bench.trivial', version: 'v1' },
  type: 'trivial',
  metadata: { runtime: { type: 'FLYTE_SDK', version: '1.16.0', flavor: 'python' }, timeout: { seconds: 600 }, retries: { retries: 3 } },
  interface: { inputs: { variables: { n: variable('INTEGER'), name: variable('STRING') } }, outputs: { variables: { result: variable('STRING') } } },
  custom: struct({ region: 'eu-west-1', size: 4, query: 'select 1' }),
};
const inputs = { literals: { n: { scalar: { primitive: { integer: '42' } } }, name: { scalar: { primitive: { string_value: 'bench' } } } } };
// Flyte 2's shapes: the interface's variables as { key, value } entries, inputs as named literals
const entries = (vars) => Object.entries(vars).map(([key, value]) => ({ key, value }));
const template2 = { ...template, interface: { inputs: { variables: entries(template.interface.inputs.variables) }, outputs: { variables: entries(template.interface.outputs.variables) } } };
const inputs2 = { literals: Object.entries(inputs.literals).map(([name, value]) => ({ name, value })) };
let seq = 0;
const createReq = () => ({
  template: v2 ? template2 : template,
  inputs: v2 ? inputs2 : inputs,
  output_prefix: 's3://bucket/metadata/propeller/bench/n0/data/0',
  task_execution_metadata: {
    task_execution_id: {
      task_id: template.id,
      node_execution_id: { node_id: 'n0', execution_id: { project: 'flytesnacks', domain: 'development', name: `exec${seq++}` } },
      retry_attempt: 0,
    },
    namespace: 'flytesnacks-development',
    labels: { team: 'data' },
    k8s_service_account: 'default',
  },
});
const createBytes = Array.from({ length: 1024 }, () => codec('CreateTaskRequest').serialize(createReq()));
const { resource_meta } = codec('CreateTaskResponse').deserialize(await unary('CreateTask', createBytes[0]));
const getBytes = codec('GetTaskRequest').serialize({ ...(v2 ? {} : { task_type: 'trivial' }), task_category: { name: 'trivial', version: 0 }, resource_meta, output_prefix: 's3://bucket/out' });
const sample = codec('GetTaskResponse').deserialize(await unary('GetTask', getBytes));
if (sample.resource?.phase !== 'RUNNING') throw new Error(`GetTask answered ${JSON.stringify(sample)}`);
let k = 0;
const once = rpc === 'GetTask' ? () => unary('GetTask', getBytes) : () => unary('CreateTask', createBytes[k++ & 1023]);

for (let i = 0; i < 300; i++) await once(); // warm-up (JIT on both sides)

const latencies = new Float64Array(2_000_000);
let n = 0;
let errors = 0;
const start = performance.now();
const end = start + seconds * 1000;
async function worker() {
  while (performance.now() < end) {
    const t0 = performance.now();
    try {
      await once();
    } catch {
      errors++;
    }
    if (n < latencies.length) latencies[n++] = performance.now() - t0;
  }
}
process.send?.({ started: true });
const cpu0 = process.cpuUsage();
const sched0 = schedstat();
await Promise.all(Array.from({ length: concurrency }, worker));
const elapsed = (performance.now() - start) / 1000;
const cpu1 = process.cpuUsage(cpu0);
const clientCpu = (cpu1.user + cpu1.system) / 1e6 / elapsed;
const sched1 = schedstat();
const clientBusy = sched0 && sched1 ? (sched1[0] - sched0[0] + sched1[1] - sched0[1]) / 1e9 / elapsed : undefined;
const sorted = latencies.subarray(0, n).sort();
const pct = (p) => sorted[Math.min(n - 1, Math.max(0, Math.ceil((p / 100) * n) - 1))];
client.close();
session?.close();
process.stdout.write(JSON.stringify({ requests: n, errors, seconds: elapsed, reqPerSec: n / elapsed, p50Ms: pct(50), p99Ms: pct(99), maxMs: sorted[n - 1], clientCpu, clientBusy }) + '\n');

function schedstat() {
  try {
    return readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
  } catch {
    return undefined;
  }
}
