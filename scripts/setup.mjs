#!/usr/bin/env node
// Makes a fresh clone usable: installs dependencies when missing or stale, builds when dist is stale.
// Used by `npm test`, `npm run demo` and `npm run bench`, so each does its own setup.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const log = (m) => process.stderr.write(`[setup] ${m}\n`);
const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || mtime(lock) > mtime(installed) || mtime(join(root, 'package.json')) > mtime(installed)) {
  log('installing dependencies (npm ci)…');
  execSync(existsSync(lock) ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund', { cwd: root, stdio: ['ignore', 2, 2] });
}
const stamp = join(root, 'dist', 'cli', 'main.js');
if (!existsSync(stamp) || newest(join(root, 'src')) > mtime(stamp)) {
  log('building (tsc)…');
  execSync('node scripts/prune-dist.mjs && npx tsc -p tsconfig.build.json', { cwd: root, stdio: ['ignore', 2, 2] });
}
