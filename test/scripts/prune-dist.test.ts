/** scripts/prune-dist.mjs: the output of deleted or renamed sources leaves dist/ (so `npm pack` cannot publish it); the rest stays. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../helpers/cli.js';

describe('prune-dist', () => {
  it('removes the .js and .d.ts of sources that are gone, and emptied folders; keeps the rest', () => {
    const root = tempDir('webapi-prune-');
    const files = ['src/a.ts', 'src/sub/keep.ts', 'dist/a.js', 'dist/a.d.ts', 'dist/gone.js', 'dist/gone.d.ts', 'dist/sub/keep.js', 'dist/old/x.js', 'dist/notes.txt'];
    for (const f of files) {
      mkdirSync(join(root, f, '..'), { recursive: true });
      writeFileSync(join(root, f), '');
    }
    const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'prune-dist.mjs'), root], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('removed 3 stale file(s): dist/gone.d.ts, dist/gone.js, dist/old/x.js');
    for (const kept of ['dist/a.js', 'dist/a.d.ts', 'dist/sub/keep.js', 'dist/notes.txt']) expect(existsSync(join(root, kept)), kept).toBe(true);
    for (const gone of ['dist/gone.js', 'dist/gone.d.ts', 'dist/old']) expect(existsSync(join(root, gone)), gone).toBe(false);
  });
});
