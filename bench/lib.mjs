// Shared helpers for the benchmark scripts: interleaved wall-time measurement of whole commands.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname;
export const BIN = join(ROOT, 'bin', 'webapi-plugin.js');

/** Environment for startup measurements: NODE_EXTRA_CA_CERTS adds ~46 ms to every Node 20 start here. */
export function benchEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_OPTIONS;
  delete env.FORCE_COLOR;
  return env;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

function timeOnce(cmd, args, opts) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: 'ignore', ...opts });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  return ms;
}

/**
 * Time several commands interleaved (A B C A B C ...) so machine noise hits all of them alike.
 * cases: [{ name, cmd, args, opts?, before?() }]. Returns { name: { median, samples } }.
 */
export function interleave(cases, reps = 15, warmup = 2) {
  const samples = Object.fromEntries(cases.map((c) => [c.name, []]));
  for (let i = 0; i < reps + warmup; i++) {
    for (const c of cases) {
      const opts = c.before ? c.before(i) : c.opts;
      const ms = timeOnce(c.cmd, c.args, opts ?? c.opts);
      if (i >= warmup) samples[c.name].push(ms);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, { median: median(v), samples: v }]));
}

export function writeResult(name, data) {
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify({ at: new Date().toISOString(), node: process.version, ...data }, null, 2) + '\n');
}
