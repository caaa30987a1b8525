/**
 * Package hygiene: the tarball `npm pack` makes holds what the runtime needs and nothing else, and the
 * field's tools pass on it: publint (package.json fields, exports, files) and @arethetypeswrong/cli (ESM,
 * exports, types; the esm-only profile: this is an ESM package for Node 20.19+).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, baseEnv, tempDir } from '../helpers/cli.js';
import { exec } from '../helpers/exec.js';

interface Packed {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string }[];
}

let packed: Packed;
let dir: string;
let paths: Set<string>;

beforeAll(() => {
  dir = tempDir('webapi-plugin-pack-');
  // --ignore-scripts: no rebuild of this checkout (prepare); dist is built already
  packed = (JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: REPO_ROOT, env: baseEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Packed[])[0]!;
  execFileSync('tar', ['-xzf', join(dir, packed.filename), '-C', dir]);
  paths = new Set(packed.files.map((f) => f.path));
  process.stdout.write(`[pack] ${packed.filename}: ${packed.entryCount} files, ${packed.size} bytes packed, ${packed.unpackedSize} unpacked\n`);
});

/** Relative module specifiers a built file loads: static imports, re-exports and dynamic import('…'). */
function relativeImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) out.push(m[1]!);
  return out;
}

/** The declaration files the public entry points reach (types of `.` and `./testing`). */
function typeClosure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const f = queue.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const text = readFileSync(join(dir, 'package', f), 'utf8');
    for (const spec of relativeImports(text)) queue.push(posix.join(posix.dirname(f), spec).replace(/\.js$/, '.d.ts'));
  }
  return seen;
}

describe('the packed package', () => {
  it('holds only the runtime: bin, built JavaScript, the public types, templates, schemas, protos', () => {
    const allowed = [/^package\.json$/, /^README\.md$/, /^bin\/[^/]+$/, /^dist\/.+\.js$/, /^dist\/.+\.d\.ts$/, /^templates\/.+/, /^schema\/[^/]+\.json$/, /^proto\/.+\.proto$/];
    expect([...paths].filter((p) => !allowed.some((re) => re.test(p)))).toEqual([]);
    expect([...paths].filter((p) => /^(src|test|bench|examples|scripts)\//.test(p) || /\.map$/.test(p))).toEqual([]);
    // type-only proto-loader typings (empty modules at run time) and internal declarations stay out
    expect([...paths].filter((p) => p.startsWith('dist/serve/generated/'))).toEqual([]);
    const exportsTypes = ['dist/index.d.ts', 'dist/testing/index.d.ts'];
    const closure = typeClosure(exportsTypes);
    expect([...paths].filter((p) => p.endsWith('.d.ts')).sort()).toEqual([...closure].sort());
  });

  it('holds everything the runtime loads: each relative import of a shipped module is shipped', () => {
    const missing: string[] = [];
    for (const p of paths) {
      if (!p.startsWith('dist/') || !p.endsWith('.js')) continue;
      for (const spec of relativeImports(readFileSync(join(dir, 'package', p), 'utf8'))) {
        const target = posix.join(posix.dirname(p), spec);
        if (!paths.has(target)) missing.push(`${p} → ${spec}`);
      }
    }
    expect(missing).toEqual([]);
    const bin = JSON.parse(readFileSync(join(dir, 'package', 'package.json'), 'utf8')).bin as Record<string, string>;
    for (const b of Object.values(bin)) expect(paths.has(b.replace(/^\.\//, ''))).toBe(true);
    expect(paths.has('dist/cli/main.js')).toBe(true); // the bin's import
    for (const t of ['async', 'sync', 'http-job', 'slurm']) expect(paths.has(`templates/${t}/template.json`)).toBe(true);
  });

  it('publint passes', async () => {
    const r = await exec(process.execPath, [join(REPO_ROOT, 'node_modules', 'publint', 'src', 'cli.js'), '--pack', 'false', '--strict', join(dir, 'package')], { cwd: dir, env: baseEnv({ NO_COLOR: '1' }) });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('All good!');
  });

  it('@arethetypeswrong/cli passes (ESM, exports, types)', async () => {
    const attw = join(REPO_ROOT, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
    const r = await exec(process.execPath, [attw, join(dir, packed.filename), '--profile', 'esm-only', '--format', 'ascii'], { cwd: dir, env: baseEnv({ NO_COLOR: '1' }) });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    // every resolution that counts for an ESM package is green
    for (const line of r.stdout.split('\n').filter((l) => /^(node16 \(from ESM\)|bundler):/.test(l))) expect(line).toMatch(/🟢|\(wildcard\)/);
  });
});
