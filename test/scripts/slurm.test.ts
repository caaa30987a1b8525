/**
 * scripts/slurm/start.sh as a user pastes it: its stdout is `export` lines for eval, and a start that
 * fails leaves no scratch directory behind. (The cluster itself is exercised by test/slurm.)
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, baseEnv, tempDir } from '../helpers/cli.js';

const START = join(REPO_ROOT, 'scripts', 'slurm', 'start.sh');

function start(env: Record<string, string | undefined>, cmd = `"${START}"`) {
  return spawnSync('bash', ['-c', cmd], { env: baseEnv(env), encoding: 'utf8', timeout: 120_000 });
}

describe('scripts/slurm/start.sh', () => {
  let busy: Server;
  let port = 0;
  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    port = (busy.address() as { port: number }).port;
  });
  afterAll(() => busy?.close());

  it('a start that fails leaves no scratch directory behind, and prints nothing on stdout', () => {
    const tmp = tempDir('slurm-start-');
    const named = join(tmp, 'named-dir');
    const r = start({ TMPDIR: tmp, SLURM_DIR: named, CTLD_PORT: String(port), SLURMD_PORT: String(port), REST_PORT: String(port), SLURM_NO_INSTALL: '1' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`port ${port} on 127.0.0.1 is in use`);
    expect(r.stdout).toBe('');
    expect(existsSync(named)).toBe(false);
    // a later failure (packages missing here, or an ancestor without o+x where Slurm is installed): the
    // mktemp dir it may have created is gone again
    const parent = join(tmp, 'private');
    mkdirSync(parent);
    chmodSync(parent, 0o700);
    const ports = { CTLD_PORT: '1', SLURMD_PORT: '1', REST_PORT: '1' };
    const late = start({ TMPDIR: parent, SLURM_DIR: undefined, SLURM_NO_INSTALL: '1', ...ports });
    expect(late.status).toBe(1);
    expect(late.stdout).toBe('');
    expect(readdirSync(parent)).toEqual([]);
  });

  it('prints `export NAME=value` lines, so eval "$(scripts/slurm/start.sh)" sets SLURM_DIR in the shell', (ctx) => {
    const dir = process.env.SLURM_DIR;
    const running = dir && existsSync(join(dir, 'env')) && existsSync(join(dir, 'run', 'slurmrestd.pid'));
    if (!running) {
      if (process.env.WEBAPI_PLUGIN_REQUIRE_SLURM === '1') throw new Error('WEBAPI_PLUGIN_REQUIRE_SLURM=1 but no cluster is running in $SLURM_DIR');
      ctx.skip('no Slurm cluster is running in $SLURM_DIR (eval "$(scripts/slurm/start.sh)" starts one)');
    }
    const r = start({ SLURM_DIR: dir }, `eval "$("${START}")" && printf '%s\\n' "$SLURM_DIR" "$SLURM_REST_URL"`);
    expect(r.status).toBe(0);
    const [shownDir, url] = r.stdout.trim().split('\n');
    expect(shownDir).toBe(dir);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const raw = start({ SLURM_DIR: dir });
    for (const line of raw.stdout.trim().split('\n')) expect(line).toMatch(/^export [A-Z_]+=\S+$/);
  });
});
