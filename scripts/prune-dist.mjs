#!/usr/bin/env node
/**
 * Removes from dist/ what no source builds any more: the .js and .d.ts of a module that was renamed or
 * deleted in src/. tsc only adds and overwrites, so without this a working tree that has built older
 * sources keeps (and `npm pack` would publish) their stale output. Run before every build and pack; it
 * never touches the output of a source that exists, so it is safe while tests use dist/.
 */
import { existsSync, readdirSync, rmSync, rmdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.argv[2] ?? join(import.meta.dirname, '..'); // a project root (tests pass one)
const dist = join(root, 'dist');
const removed = [];

function prune(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      prune(path);
      if (readdirSync(path).length === 0) rmdirSync(path);
      continue;
    }
    const m = /^(.*)\.(js|d\.ts)(\.map)?$/.exec(entry.name);
    if (!m) continue;
    const source = join(root, 'src', relative(dist, dir), `${m[1]}.ts`);
    if (!existsSync(source)) {
      rmSync(path);
      removed.push(relative(root, path));
    }
  }
}

if (existsSync(dist)) prune(dist);
if (removed.length) process.stderr.write(`[prune-dist] removed ${removed.length} stale file(s): ${removed.sort().join(', ')}\n`);
