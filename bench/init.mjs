#!/usr/bin/env node
// Benchmark: wall time of `webapi-plugin init p --yes --no-install --no-git` (each run into a fresh
// temp dir) against `node -e 0` (Node's own start-up). Interleaved runs (A B A B …), medians, and the
// median ratio; target ≤ 3×. Uses the built dist (npx tsc -p tsconfig.build.json first).
// NODE_EXTRA_CA_CERTS is removed from the children's environment: it adds ~46 ms to every Node start here.
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, benchEnv, interleave, median, writeResult } from './lib.mjs';

const reps = Number(process.env.BENCH_REPS ?? 20);
const env = benchEnv({ CI: '1' });
const base = realpathSync(mkdtempSync(join(tmpdir(), 'webapi-plugin-bench-init-')));
let n = 0;
const fresh = () => ({ cwd: realpathSync(mkdtempSync(join(base, `r${n++}-`))), env, stdio: 'ignore' });

try {
  const r = interleave(
    [
      { name: 'node -e 0', cmd: process.execPath, args: ['-e', '0'], opts: { env, cwd: base } },
      // reference: the CLI's own start-up (commander and every command's declaration), no action
      { name: '--version', cmd: process.execPath, args: [BIN, '--version'], opts: { env, cwd: base } },
      { name: 'init --yes --no-install --no-git', cmd: process.execPath, args: [BIN, 'init', 'p', '--yes', '--no-install', '--no-git'], before: fresh },
    ],
    reps,
  );
  const baseMs = r['node -e 0'];
  const init = r['init --yes --no-install --no-git'];
  const ver = r['--version'];
  // ratio per interleaved pair, then the median of those (robust against drift)
  const ratios = init.samples.map((ms, i) => ms / baseMs.samples[i]);
  const ratio = median(ratios);
  console.log(`node -e 0:                          median ${baseMs.median.toFixed(1)} ms`);
  console.log(`webapi-plugin --version:            median ${ver.median.toFixed(1)} ms  (the CLI's start-up, for reference)`);
  console.log(`init --yes --no-install --no-git:   median ${init.median.toFixed(1)} ms`);
  console.log(`ratio (median of pairwise):         ${ratio.toFixed(2)}×  (target ≤ 3×; ${reps} interleaved runs, NODE_EXTRA_CA_CERTS unset)`);
  writeResult('init', {
    reps,
    nodeMedianMs: baseMs.median,
    initMedianMs: init.median,
    versionMedianMs: ver.median,
    ratio,
    ratioOfMedians: init.median / baseMs.median,
    target: 3,
    samples: { node: baseMs.samples, version: ver.samples, init: init.samples },
    notes: 'NODE_EXTRA_CA_CERTS and NODE_OPTIONS unset in children; each init writes a fresh project into its own temp dir',
  });
} finally {
  rmSync(base, { recursive: true, force: true });
}
