#!/usr/bin/env node
// Benchmark: wall time of `webapi-plugin config --dump` against `node -e 0` (Node's own start-up),
// in a temp project with a small YAML config file. Runs are interleaved (A B A B …) so that machine
// noise hits both alike; reports medians and the median ratio. Uses the built dist (npx tsc first).
// NODE_EXTRA_CA_CERTS is removed from the children's environment: it adds ~46 ms to every Node start here.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin', 'webapi-plugin.js');
const reps = Number(process.env.BENCH_REPS ?? 15);

const dir = realpathSync(mkdtempSync(join(tmpdir(), 'webapi-plugin-bench-config-')));
writeFileSync(join(dir, 'package.json'), '{"name":"bench"}');
writeFileSync(join(dir, '.webapi-pluginrc.yaml'), 'webApi:\n  caching:\n    size: 500\n    resyncInterval: 10s\n  resourceQuotas:\n    default: 4\n');

const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
delete env.NODE_OPTIONS;

const cases = {
  'node -e 0': [process.execPath, ['-e', '0']],
  'config --dump': [process.execPath, [bin, 'config', '--dump']],
};

function once([cmd, args]) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: dir, env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// warm-up (file-system cache)
for (const c of Object.values(cases)) once(c);
const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
const ratios = [];
for (let i = 0; i < reps; i++) {
  const base = once(cases['node -e 0']);
  const dump = once(cases['config --dump']);
  times['node -e 0'].push(base);
  times['config --dump'].push(dump);
  ratios.push(dump / base);
}
rmSync(dir, { recursive: true, force: true });

const result = {
  benchmark: 'config --dump vs node -e 0',
  node: process.version,
  reps,
  env: 'NODE_EXTRA_CA_CERTS and NODE_OPTIONS unset in children',
  medianMs: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Number(median(v).toFixed(1))])),
  minMs: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Number(Math.min(...v).toFixed(1))])),
  medianRatio: Number(median(ratios).toFixed(2)),
  overheadMs: Number((median(times['config --dump']) - median(times['node -e 0'])).toFixed(1)),
  date: new Date().toISOString(),
};
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'config.json'), JSON.stringify(result, null, 2) + '\n');
process.stdout.write(
  `config --dump: median ${result.medianMs['config --dump']} ms vs node -e 0: ${result.medianMs['node -e 0']} ms ` +
    `(median ratio ${result.medianRatio}×, +${result.overheadMs} ms; ${reps} interleaved runs, NODE_EXTRA_CA_CERTS unset)\n` +
    `wrote bench/results/config.json\n`,
);
