#!/usr/bin/env node
/**
 * `serve` under the load a cluster puts on it: the server in its own process pinned to one core, a load
 * generator in another process (pinned to the other core) keeping 50 GetTask or CreateTask calls in
 * flight (`v2.GetTask`: the same over Flyte 2's AsyncConnectorService). Beside it, in the same rounds: the floor (a bare grpc-js server answering constants, the least
 * any grpc-js server does per call) and, with --baseline, an older checkout's server (e.g. main before a
 * change). Rounds are interleaved; the summary gives medians.
 *
 *   node bench/serve.mjs [--seconds 8] [--concurrency 50] [--rounds 3] [--rpc GetTask,v2.GetTask,CreateTask]
 *                        [--client grpc-js|h2] [--baseline <checkout with dist/>]
 *
 * Per run: throughput, p50/p99 latency, the server's main thread "busy" share (on a CPU or runnable and
 * waiting for one — 100% means it never idled, however busy the machine is) and its on-CPU share, its
 * CPU time per call, the client's busy share, and RSS idle → right after the load → 5 s later.
 * Uses dist/. Writes bench/results/serve.json.
 */
import { fork, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from './lib.mjs';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '8' },
    concurrency: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
    rpc: { type: 'string', default: 'GetTask,v2.GetTask,CreateTask' },
    client: { type: 'string', default: 'grpc-js' },
    baseline: { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const rounds = Number(values.rounds);
const root = join(import.meta.dirname, '..');
const here = join(import.meta.dirname, 'serve');
const impls = [
  { name: 'floor', script: join(here, 'floor-server.mjs'), root },
  ...(values.baseline ? [{ name: 'before', script: join(here, 'server.mjs'), root: resolve(values.baseline) }] : []),
  { name: 'this', script: join(here, 'server.mjs'), root },
];
const rpcs = values.rpc.split(',');

const pin = cpus().length >= 2 && spawnSync('taskset', ['-c', '0', 'true']).status === 0;
/** fork() a script, pinned to one core with taskset when there are two. */
function start(script, args, core) {
  const execArgv = ['--expose-gc'];
  const stdio = ['ignore', 'pipe', 'inherit', 'ipc'];
  if (!pin) return fork(script, args, { execArgv, stdio });
  return fork(script, args, { execPath: 'taskset', execArgv: ['-c', String(core), process.execPath, ...execArgv], stdio });
}
const next = (child, pred) =>
  new Promise((res, rej) => {
    const on = (m) => {
      if (!pred(m)) return;
      child.off('message', on);
      res(m);
    };
    child.on('message', on);
    child.once('exit', (code) => rej(new Error(`child exited ${code}`)));
  });
const stats = (server) => {
  const p = next(server, (m) => 'rss' in m);
  server.send({ cmd: 'stats' });
  return p;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const share = (a, b, i) => (a.sched && b.sched ? (b.sched[i] - a.sched[i]) / 1e6 / (b.at - a.at) : NaN);

async function measure(impl, rpc) {
  const server = start(impl.script, [impl.root], 0);
  const { port } = await next(server, (m) => 'port' in m);
  await sleep(500);
  const idle = await stats(server);
  const load = start(join(here, 'load.mjs'), [root, `127.0.0.1:${port}`, rpc, String(concurrency), String(seconds), values.client], 1);
  let out = '';
  load.stdout.on('data', (d) => (out += d));
  await next(load, (m) => m.started);
  const before = await stats(server);
  await new Promise((r) => load.once('exit', r));
  const after = await stats(server);
  await sleep(5000);
  const settled = await stats(server);
  server.send({ cmd: 'exit' });
  await new Promise((r) => server.once('exit', r));
  const r = JSON.parse(out.trim().split('\n').pop());
  const cpuUs = after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system;
  return {
    reqPerSec: r.reqPerSec,
    p50Ms: r.p50Ms,
    p99Ms: r.p99Ms,
    errors: r.errors,
    busy: share(before, after, 0) + share(before, after, 1),
    onCpu: share(before, after, 0),
    cpuUsPerCall: cpuUs / r.requests,
    clientBusy: r.clientBusy,
    idleRssMiB: idle.rss / 2 ** 20,
    loadRssMiB: after.rss / 2 ** 20,
    settledRssMiB: settled.rss / 2 ** 20,
  };
}

const pct = (x) => (Number.isFinite(x) ? `${(x * 100).toFixed(0)}%` : '?');
const line = (r) =>
  `${String(Math.round(r.reqPerSec)).padStart(6)} req/s  p50 ${r.p50Ms.toFixed(1)} ms  p99 ${r.p99Ms.toFixed(1)} ms  ` +
  `server busy ${pct(r.busy)} (on CPU ${pct(r.onCpu)}, ${Math.round(r.cpuUsPerCall)} µs/call)  client busy ${pct(r.clientBusy)}  ` +
  `RSS ${r.idleRssMiB.toFixed(0)} → ${r.loadRssMiB.toFixed(0)} → ${r.settledRssMiB.toFixed(0)} MiB${r.errors ? `  ${r.errors} errors` : ''}`;

const runs = {};
for (let round = 0; round < rounds; round++) {
  for (const rpc of rpcs) {
    for (const impl of round % 2 ? [...impls].reverse() : impls) {
      // an older checkout may not serve Flyte 2
      if (rpc.startsWith('v2.') && !existsSync(join(impl.root, 'dist', 'serve', 'v2', 'proto.js'))) continue;
      const r = await measure(impl, rpc);
      (runs[`${impl.name} ${rpc}`] ??= []).push(r);
      console.log(`  round ${round + 1} ${impl.name.padEnd(6)} ${rpc.padEnd(10)} ${line(r)}`);
    }
  }
}

const summary = {};
for (const [key, list] of Object.entries(runs)) {
  const m = (f) => median(list.map(f));
  const rates = list.map((r) => r.reqPerSec);
  summary[key] = {
    reqPerSec: Math.round(m((r) => r.reqPerSec)),
    reqPerSecSpread: Number(((Math.max(...rates) - Math.min(...rates)) / median(rates)).toFixed(2)),
    p50Ms: Number(m((r) => r.p50Ms).toFixed(2)),
    p99Ms: Number(m((r) => r.p99Ms).toFixed(2)),
    p99OverP50: Number(m((r) => r.p99Ms / r.p50Ms).toFixed(2)),
    serverBusy: Number(m((r) => r.busy).toFixed(2)),
    serverOnCpu: Number(m((r) => r.onCpu).toFixed(2)),
    cpuUsPerCall: Math.round(m((r) => r.cpuUsPerCall)),
    clientBusy: Number(m((r) => r.clientBusy).toFixed(2)),
    idleRssMiB: Number(m((r) => r.idleRssMiB).toFixed(1)),
    loadRssMiB: Number(m((r) => r.loadRssMiB).toFixed(1)),
    settledRssMiB: Number(m((r) => r.settledRssMiB).toFixed(1)),
    rssGrowth: Number(m((r) => r.loadRssMiB / r.idleRssMiB).toFixed(2)),
    errors: list.reduce((a, r) => a + r.errors, 0),
  };
}
console.log(`serve: ${rounds} rounds, medians; ${concurrency} calls in flight for ${seconds} s; ${values.client} client; server pinned to one core: ${pin ? 'yes' : 'no (taskset or a second core missing)'}`);
for (const [key, s] of Object.entries(summary)) {
  console.log(
    `  ${key.padEnd(18)} ${String(s.reqPerSec).padStart(6)} req/s (spread ${(s.reqPerSecSpread * 100).toFixed(0)}%)  p50 ${s.p50Ms} ms  p99 ${s.p99Ms} ms (×${s.p99OverP50})  ` +
      `server busy ${pct(s.serverBusy)} (on CPU ${pct(s.serverOnCpu)}, ${s.cpuUsPerCall} µs/call)  client busy ${pct(s.clientBusy)}  RSS ${s.idleRssMiB} → ${s.loadRssMiB} MiB (×${s.rssGrowth})`,
  );
}
// Ratios per round (the runs of one round are minutes apart at most, so a busy machine hits them alike),
// then their median: steadier than a ratio of medians on a shared machine.
const ratios = {};
for (const rpc of rpcs) {
  const per = (other, f) => runs[`this ${rpc}`].map((t, i) => f(t) / f(runs[`${other} ${rpc}`][i]));
  const med = (xs) => Number(median(xs).toFixed(2));
  const b = values.baseline && runs[`before ${rpc}`]; // an older checkout may not serve this RPC (Flyte 2)
  ratios[rpc] = {
    ...(b ? { throughputVsBefore: med(per('before', (r) => r.reqPerSec)), p99VsBefore: med(per('before', (r) => r.p99Ms)), perRoundVsBefore: per('before', (r) => r.reqPerSec).map((x) => Number(x.toFixed(2))), cpuPerCallVsBefore: med(per('before', (r) => r.cpuUsPerCall)) } : {}),
    throughputVsFloor: med(per('floor', (r) => r.reqPerSec)),
  };
  const r = ratios[rpc];
  console.log(`  ${rpc} (median of per-round ratios): this ÷ floor ${r.throughputVsFloor}×${b ? `; this ÷ before ${r.throughputVsBefore}× throughput (rounds: ${r.perRoundVsBefore.join(', ')}), ${r.p99VsBefore}× p99, ${r.cpuPerCallVsBefore}× server CPU per call` : ''}`);
}
// the two generations side by side: Flyte 2's GetTask (named literals, entries) against v1's, same server
for (const rpc of rpcs.filter((r) => r.startsWith('v2.') && rpcs.includes(r.slice(3)))) {
  const [a, b] = [summary[`this ${rpc}`], summary[`this ${rpc.slice(3)}`]];
  ratios[rpc] = { ...ratios[rpc], throughputVsV1: Number((a.reqPerSec / b.reqPerSec).toFixed(2)), p99VsV1: Number((a.p99Ms / b.p99Ms).toFixed(2)), cpuPerCallVsV1: Number((a.cpuUsPerCall / b.cpuUsPerCall).toFixed(2)) };
  console.log(`  ${rpc} ÷ ${rpc.slice(3)}: ${ratios[rpc].throughputVsV1}× throughput, ${ratios[rpc].p99VsV1}× p99, ${ratios[rpc].cpuPerCallVsV1}× CPU per call`);
}
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'results', 'serve.json'),
  JSON.stringify({ benchmark: 'serve', node: process.version, pinned: pin, client: values.client, concurrency, seconds, rounds, summary, ratios, runs }, null, 2) + '\n',
);
