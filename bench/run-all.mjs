// `npm run bench`: runs every bench/*.mjs (or the ones named: `npm run bench -- startup engine`).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';

const wanted = process.argv.slice(2);
const skip = new Set(['run-all.mjs', 'lib.mjs', 'http-remote.mjs']);
const all = readdirSync(join(ROOT, 'bench')).filter((f) => f.endsWith('.mjs') && !skip.has(f)).sort();
const chosen = wanted.length ? all.filter((f) => wanted.includes(f.replace(/\.mjs$/, ''))) : all;
let failed = 0;
for (const f of chosen) {
  console.log(`\n=== bench/${f}`);
  const r = spawnSync(process.execPath, ['--expose-gc', join(ROOT, 'bench', f)], { stdio: 'inherit', cwd: ROOT });
  if (r.status !== 0) {
    failed++;
    console.log(`(bench/${f} exited ${r.status})`);
  }
}
console.log(`\n${chosen.length - failed} benchmarks finished, ${failed} failed; figures in bench/results/*.json`);
process.exitCode = failed ? 1 : 0;
