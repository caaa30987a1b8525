#!/usr/bin/env node
// `webapi-plugin run` of a `true` Slurm job (the examples/slurm plugin, through slurmrestd) versus
// `sbatch --wait --wrap true`, on the same cluster, interleaved (alternating which goes first), after one
// warm-up of each. Reports the medians and their ratio (target ≤ 1.1×).
//
//   scripts/slurm/start.sh && set -a && . "$SLURM_DIR/env" && set +a
//   node bench/slurm.mjs            # BENCH_REPS=7 by default
//
// Needs the built dist (npm run build) and the cluster's env (SLURM_REST_URL, SLURM_JWT, SLURM_CONF).
// Child processes run without NODE_EXTRA_CA_CERTS (it adds ~46 ms to every Node start here).
// Writes bench/results/slurm.json.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const resultsFile = join(root, 'bench', 'results', 'slurm.json');
const reps = Number(process.env.BENCH_REPS ?? 7);

function clusterEnv() {
  const env = { ...process.env };
  if (env.SLURM_DIR && existsSync(join(env.SLURM_DIR, 'env'))) {
    for (const line of readFileSync(join(env.SLURM_DIR, 'env'), 'utf8').split('\n')) {
      const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
      if (m && env[m[1]] === undefined) env[m[1]] = m[2];
    }
  }
  return env;
}

const env = clusterEnv();
const missing = ['SLURM_REST_URL', 'SLURM_JWT', 'SLURM_CONF'].filter((k) => !env[k]);
if (missing.length) {
  console.error(`bench/slurm: skipped: ${missing.join(', ')} not set — start a cluster with scripts/slurm/start.sh and export its env (set -a; . "$SLURM_DIR/env"; set +a)`);
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(resultsFile, JSON.stringify({ name: 'slurm', skipped: `missing ${missing.join(', ')}` }, null, 2) + '\n');
  process.exit(0);
}

const childEnv = { ...env };
delete childEnv.NODE_EXTRA_CA_CERTS;
delete childEnv.NODE_OPTIONS;

const work = mkdtempSync(join(tmpdir(), 'bench-slurm-'));
const taskFile = join(work, 'true.yaml');
writeFileSync(
  taskFile,
  [
    'type: slurm',
    `plugin: ${JSON.stringify(join(root, 'examples', 'slurm', 'plugin.ts'))}`,
    'config:',
    `  slurmUrl: ${JSON.stringify(env.SLURM_REST_URL)}`,
    'custom:',
    '  script: "#!/bin/sh\\ntrue\\n"',
    '',
  ].join('\n'),
);

function timed(cmd, args, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd: work, env: { ...childEnv, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')} exited ${code}:\n${out}`));
      else resolve(ms);
    });
  });
}

const ours = () =>
  timed(process.execPath, [join(root, 'bin', 'webapi-plugin.js'), 'run', taskFile], { FLYTE_SECRET_SLURM_JWT: env.SLURM_JWT });
const sbatch = () => timed('sbatch', ['--wait', '--wrap', 'true', '-D', work, '-o', '/dev/null', '--quiet'], { SLURM_CONF: env.SLURM_CONF });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

try {
  await ours(); // warm-up: first scheduling pass, tsx cache, page cache
  await sbatch();
  const a = [];
  const b = [];
  for (let i = 0; i < reps; i++) {
    if (i % 2 === 0) {
      a.push(await ours());
      b.push(await sbatch());
    } else {
      b.push(await sbatch());
      a.push(await ours());
    }
  }
  const mOurs = median(a);
  const mSbatch = median(b);
  const ratio = mOurs / mSbatch;
  const r1 = (x) => Math.round(x);
  console.log(`bench/slurm: ${reps} interleaved repetitions of a \`true\` job on the same cluster`);
  console.log(`  webapi-plugin run      median ${r1(mOurs)} ms  (min ${r1(Math.min(...a))}, max ${r1(Math.max(...a))})`);
  console.log(`  sbatch --wait --wrap   median ${r1(mSbatch)} ms  (min ${r1(Math.min(...b))}, max ${r1(Math.max(...b))})`);
  console.log(`  ratio of medians       ${ratio.toFixed(2)}×  (target ≤ 1.10×)`);
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(
    resultsFile,
    JSON.stringify(
      {
        name: 'slurm',
        reps,
        unit: 'ms',
        webapiPluginRun: { median: mOurs, samples: a },
        sbatchWait: { median: mSbatch, samples: b },
        ratioOfMedians: ratio,
        target: 1.1,
        notes: 'children run without NODE_EXTRA_CA_CERTS and NODE_OPTIONS',
      },
      null,
      2,
    ) + '\n',
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
