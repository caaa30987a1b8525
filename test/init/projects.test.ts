/**
 * SLOW (each test installs a project's dependencies: ~5–20 s, generous timeouts).
 *
 * For each template, as the issue asks: `init --yes` into a temp dir with the dependency linked to this
 * checkout (--link), dependencies installed by init itself, then the generated project's own tests pass,
 * it type-checks and builds, and `webapi-plugin run task.yaml` exits 0.
 *
 * The install runs with npm_config_ignore_scripts=true: a `file:` dependency makes npm run the linked
 * package's `prepare` (a tsc build of this shared checkout), which tests must not do; dist/ is built
 * already. npm_config_prefer_offline=true uses the local cache where it can.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, baseEnv, runCli, tempDir } from '../helpers/cli.js';

const SLOW = 240_000;
const installEnv = { npm_config_ignore_scripts: 'true', npm_config_prefer_offline: 'true', npm_config_update_notifier: 'false' };

function npm(args: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  const r = spawnSync('npm', args, { cwd, env: baseEnv({ ...installEnv, ...env }), encoding: 'utf8', timeout: 120_000 });
  // eslint-disable-next-line no-control-regex
  return { code: r.status, out: `${r.stdout}\n${r.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

async function scaffoldInstalled(template: string): Promise<string> {
  const cwd = tempDir('webapi-plugin-project-');
  const r = await runCli(['init', `my-${template}`, '--template', template, '--yes', '--no-git', '--package-manager', 'npm', '--link', REPO_ROOT], {
    cwd,
    env: installEnv,
    timeoutMs: 150_000,
  });
  expect(r.stderr.replace(/^npm warn .*\n/gm, '')).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('Installing dependencies with npm…');
  expect(r.stdout).toMatch(/added \d+ packages/); // npm's own output, streamed
  const dir = join(cwd, `my-${template}`);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  expect(pkg.dependencies['webapi-plugin']).toBe(`file:${REPO_ROOT}`);
  return dir;
}

function checkOwnTestsAndBuild(dir: string): void {
  const test = npm(['test'], dir);
  expect(test.out).toMatch(/Tests\s+\d+ passed/);
  expect(test.code, test.out).toBe(0);
  const typecheck = npm(['run', 'typecheck'], dir);
  expect(typecheck.code, typecheck.out).toBe(0);
  const build = npm(['run', 'build'], dir);
  expect(build.code, build.out).toBe(0);
  expect(existsSync(join(dir, 'dist', 'plugin.js'))).toBe(true);
}

// The `run` command comes from another issue; until it exists the run steps are skipped (reported).

describe('generated projects (slow: installs dependencies)', () => {
  const dirs = new Map<string, string>();
  // each project holds an installed node_modules: do not leave them in the temp dir
  afterAll(() => {
    for (const dir of dirs.values()) rmSync(dirname(dir), { recursive: true, force: true });
  });

  for (const template of ['async', 'sync', 'http-job']) {
    it(
      `${template}: init --yes --link installs, and the project passes its own tests, type-checks and builds`,
      async () => {
        const dir = await scaffoldInstalled(template);
        dirs.set(template, dir);
        checkOwnTestsAndBuild(dir);
      },
      SLOW,
    );
  }

  for (const template of ['async', 'sync']) {
    it(
      `${template}: \`npm run run\` (webapi-plugin run task.yaml) exits 0, offline`,
      () => {
        const dir = dirs.get(template);
        expect(dir, 'the install test above failed').toBeDefined();
        const run = npm(['run', 'run'], dir!);
        expect(run.code, run.out).toBe(0);
        expect(run.out).toMatch(template === 'async' ? /greeting: Hello, world!/ : /shout: HELLO FROM A FLYTE WEB API PLUGIN/);
      },
      60_000,
    );
  }

  it(
    `http-job: webapi-plugin run task.yaml exits 0 against the project's mock API (mock-server)`,
    async () => {
      const dir = dirs.get('http-job');
      expect(dir, 'the install test above failed').toBeDefined();
      // the project's mock job API on a free port, as `npm run mock-server` starts it
      const mock = spawn(process.execPath, ['mock/job-api.mjs', '--port', '0'], { cwd: dir!, env: baseEnv(), stdio: ['ignore', 'pipe', 'inherit'] });
      try {
        const url = await new Promise<string>((resolve, reject) => {
          let out = '';
          mock.stdout.setEncoding('utf8').on('data', (d: string) => {
            out += d;
            const m = /listening on (http:\/\/\S+)/.exec(out);
            if (m) resolve(m[1]!);
          });
          mock.on('exit', (code) => reject(new Error(`mock server exited with ${code}: ${out}`)));
        });
        writeFileSync(join(dir!, 'task.local.yaml'), readFileSync(join(dir!, 'task.yaml'), 'utf8').replace('http://127.0.0.1:8787', url));
        const run = await runCli(['run', 'task.local.yaml'], { cwd: dir!, env: { FLYTE_SECRET_job_api_token: 'dev-token' }, timeoutMs: 60_000 });
        expect(run.code, run.stderr).toBe(0);
        expect(run.stdout).toContain('ran: echo hello from my-http-job');
        expect(run.stderr + run.stdout).not.toContain('dev-token'); // the secret is never printed
        // and the token never reached the run record on disk
        const records = spawnSync('grep', ['-rl', 'dev-token', join(dir!, '.webapi-plugin')], { encoding: 'utf8' });
        expect(records.stdout).toBe('');
      } finally {
        mock.kill('SIGTERM');
      }
    },
    60_000,
  );
});
