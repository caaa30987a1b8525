#!/usr/bin/env node
// Benchmark: parsing a large inputs file (one mapping of N keys, as `--inputs` gets it) with the located
// YAML reader `run` uses (src/source/yaml.ts: duplicate keys refused, numbers kept exactly, tags
// checked), against the `yaml` parser with no duplicate check at all, and against the parser's own
// `uniqueKeys` check (what the reader used before: quadratic in the keys of a mapping). Runs are
// interleaved; reports medians and the ratio to the no-check baseline for each size. Uses the built dist.
import { performance } from 'node:perf_hooks';
import { LineCounter, parseDocument } from 'yaml';
import { median, ROOT, writeResult } from './lib.mjs';

const { parseYaml } = await import(`${ROOT}dist/source/yaml.js`);

const reps = Number(process.env.BENCH_REPS ?? 7);
const sizes = [10_000, 20_000, 40_000];
const textOf = (n) => Array.from({ length: n }, (_, i) => `key_${i}: ${i % 3 === 0 ? `"value ${i}"` : i}`).join('\n') + '\n';

// the same parser options as parseYaml (positions, source tokens, exact integers), minus every check of ours
const sameOptions = { lineCounter: undefined, prettyErrors: false, uniqueKeys: false, strict: true, keepSourceTokens: true, intAsBigInt: true, logLevel: 'error' };
const cases = {
  'no duplicate check (yaml, uniqueKeys: false)': (text) => parseDocument(text, { ...sameOptions, lineCounter: new LineCounter() }).toJS({ maxAliasCount: 100 }),
  'run: src/source/yaml.ts parseYaml': (text) => parseYaml(text, { path: '/bench/in.yaml', display: 'in.yaml', what: 'inputs file' }).data,
  "before: yaml's own uniqueKeys check": (text) => parseDocument(text, { uniqueKeys: true }).toJS({ maxAliasCount: 100 }),
};

const results = {};
for (const n of sizes) {
  const text = textOf(n);
  const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  // the quadratic check is slow at 40k keys (seconds): fewer samples of it there
  for (let i = 0; i < reps + 1; i++) {
    for (const [name, fn] of Object.entries(cases)) {
      if (name.startsWith('before') && n >= 40_000 && i > 2) continue;
      globalThis.gc?.();
      const t0 = performance.now();
      const data = fn(text);
      const ms = performance.now() - t0;
      if (Object.keys(data).length !== n) throw new Error(`${name}: ${Object.keys(data).length} keys, expected ${n}`);
      if (i > 0) times[name].push(ms);
    }
  }
  const base = median(times[Object.keys(cases)[0]]);
  results[n] = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, { medianMs: Math.round(median(v) * 10) / 10, ratioToNoCheck: Math.round((median(v) / base) * 100) / 100, samples: v.length }]));
  console.log(`\n${n} keys (${(text.length / 1024).toFixed(0)} KiB):`);
  for (const [k, v] of Object.entries(results[n])) console.log(`  ${k.padEnd(46)} ${String(v.medianMs).padStart(9)} ms   ×${v.ratioToNoCheck}`);
}
writeResult('yaml', { reps, results });
