// `webapi-plugin --version` and `--help` wall time vs `node -e 0` (target ≤ 1.3× for --version).
import { BIN, benchEnv, interleave, writeResult } from './lib.mjs';

const env = benchEnv();
const reps = Number(process.env.BENCH_REPS ?? 21);
const r = interleave(
  [
    { name: 'node -e 0', cmd: process.execPath, args: ['-e', '0'], opts: { env } },
    { name: 'webapi-plugin --version', cmd: process.execPath, args: [BIN, '--version'], opts: { env } },
    { name: 'webapi-plugin --help', cmd: process.execPath, args: [BIN, '--help'], opts: { env } },
  ],
  reps,
);
const base = r['node -e 0'].median;
const ratio = r['webapi-plugin --version'].median / base;
const helpRatio = r['webapi-plugin --help'].median / base;
console.log(`startup (${reps} interleaved runs each, medians, NODE_EXTRA_CA_CERTS unset):`);
for (const [k, v] of Object.entries(r)) console.log(`  ${k.padEnd(26)} ${v.median.toFixed(1)} ms`);
console.log(`  --version / node -e 0 = ${ratio.toFixed(2)}x (target ≤ 1.3x)   --help / node -e 0 = ${helpRatio.toFixed(2)}x`);
writeResult('startup', { reps, medians: Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.median])), versionRatio: ratio, helpRatio });
