/**
 * SLOW. The published-package path, for real: the packed package is published to a local npm registry
 * (Verdaccio, scripts/registry/registry.mjs), and in a clean directory whose npm is configured with that
 * registry, a new user's steps from the README run for every template: `npx webapi-plugin@<version>
 * init` (which installs, resolving webapi-plugin from the registry: no link, no checkout), the project's
 * `npm test`, `npx webapi-plugin run task.yaml`, and `serve` answering health. For one project, the
 * Dockerfile's steps are carried out without a container runtime, and serve started as the image's
 * non-root command would.
 *
 * The registry: CI's (.ci/run starts it and sets WEBAPI_PLUGIN_REGISTRY_URL), else one started here and
 * stopped by PID. When none can be set up, the tests are skipped with the reason, except under
 * WEBAPI_PLUGIN_REQUIRE_ALL=1 (CI), where that is a failure.
 *
 * Published as <version>-e2e.<time> (the packed files, with that version): each run installs what it
 * published, never an older copy from npm's or npx's caches.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../helpers/cli.js';
import { exec } from '../helpers/exec.js';
import { runDockerfile } from './dockerfile.js';
import { serveAnswersHealth } from './serve.js';

const REQUIRED = process.env.WEBAPI_PLUGIN_REQUIRE_ALL === '1';
const SLOW = 420_000;
const TEMPLATES = ['async', 'sync', 'http-job', 'slurm'] as const;
const base = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const VERSION = `${base}-e2e.${Date.now()}`;

interface Registry {
  url: string;
  stop?: () => Promise<void>;
}
let registry: Registry | undefined;
let unavailable = '';
let clean: string; // the new user's directory
let env: NodeJS.ProcessEnv; // a user's environment: no npm_* of this test run, npm configured with the registry

/** The environment of a new user: this process's, less what `npm test` adds, with the registry configured. */
function userEnv(userconfig: string): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(npm_|NODE_OPTIONS$|VITEST|FORCE_COLOR$|CI$|WEBAPI_PLUGIN_)/i.test(k)) continue;
    out[k] = v;
  }
  return { ...out, npm_config_userconfig: userconfig, NO_COLOR: '1' };
}

async function setUpRegistry(): Promise<Registry> {
  const given = process.env.WEBAPI_PLUGIN_REGISTRY_URL;
  if (given) return { url: given.endsWith('/') ? given : `${given}/` };
  const dir = tempDir('webapi-plugin-registry-');
  const script = join(REPO_ROOT, 'scripts', 'registry', 'registry.mjs');
  const r = await exec(process.execPath, [script, 'start', dir], { cwd: REPO_ROOT, env: process.env, timeoutMs: 240_000 });
  if (r.code !== 0) throw new Error(`a local registry could not be started (scripts/registry/registry.mjs): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  const stop = async () => void (await exec(process.execPath, [script, 'stop', dir], { cwd: REPO_ROOT, env: process.env }));
  return { url: r.stdout.trim(), stop };
}

/** Pack this checkout, give the files the run's version, publish them. */
async function publish(url: string): Promise<void> {
  const dir = tempDir('webapi-plugin-publish-');
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: REPO_ROOT, env: userEnv('/dev/null'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { filename: string }[];
  execFileSync('tar', ['-xzf', join(dir, packed!.filename), '-C', dir]);
  const pkgFile = join(dir, 'package', 'package.json');
  writeFileSync(pkgFile, readFileSync(pkgFile, 'utf8').replace(`"version": "${base}"`, `"version": "${VERSION}"`));
  const host = url.replace(/^https?:/, '');
  const r = await exec('npm', ['publish', join(dir, 'package'), '--ignore-scripts', '--tag', 'e2e', '--registry', url, `--${host}:_authToken=e2e-test`], { cwd: dir, env: userEnv('/dev/null') });
  if (r.code !== 0) throw new Error(`npm publish to ${url} failed:\n${r.stdout}\n${r.stderr}`);
}

beforeAll(async () => {
  try {
    registry = await setUpRegistry();
    await publish(registry.url);
  } catch (err) {
    unavailable = (err as Error).message;
    registry = undefined;
    return;
  }
  clean = tempDir('webapi-plugin-user-');
  chmodSync(clean, 0o755); // the image's non-root user must reach the stages below it
  // prefer-offline: tarballs already in npm's cache (by integrity) are not fetched again
  writeFileSync(join(clean, '.npmrc'), `registry=${registry.url}\nprefer-offline=true\nupdate-notifier=false\nfund=false\naudit=false\n`);
  env = userEnv(join(clean, '.npmrc'));
  // the published CLI, fetched once by npx (the templates' runs below reuse it); meanwhile the registry
  // learns the templates' development dependencies (metadata only), which every project then installs
  const templatePkg = JSON.parse(readFileSync(join(REPO_ROOT, 'templates', 'async', 'package.json'), 'utf8')) as { devDependencies: Record<string, string>; overrides: Record<string, string> };
  const devSpecs = Object.entries({ ...templatePkg.devDependencies, ...templatePkg.overrides }).map(([n, r]) => `${n}@${r}`);
  mkdirSync(join(clean, 'prime'));
  writeFileSync(join(clean, 'prime', 'package.json'), '{"name":"prime","private":true}\n');
  const [v, primed] = await Promise.all([
    exec('npx', ['--yes', `webapi-plugin@${VERSION}`, '--version'], { cwd: clean, env, timeoutMs: 240_000 }),
    exec('npm', ['install', '--package-lock-only', '--ignore-scripts', '--prefix', join(clean, 'prime'), ...devSpecs], { cwd: clean, env, timeoutMs: 240_000 }),
  ]);
  if (v.code !== 0 || v.stdout.trim() !== VERSION) throw new Error(`npx webapi-plugin@${VERSION} --version: ${v.code}\n${v.stdout}\n${v.stderr}`);
  if (primed.code !== 0) throw new Error(`npm install --package-lock-only ${devSpecs.join(' ')}: ${primed.code}\n${primed.stderr}`);
  rmSync(join(clean, 'prime'), { recursive: true, force: true });
}, 300_000);

afterAll(async () => {
  await registry?.stop?.();
  // npx's cache entry for this run's unique version (its own, and of no use again)
  const npx = join(process.env.npm_config_cache ?? join(homedir(), '.npm'), '_npx');
  for (const e of existsSync(npx) ? readdirSync(npx) : []) {
    const pkg = join(npx, e, 'package.json');
    if (existsSync(pkg) && readFileSync(pkg, 'utf8').includes(VERSION)) rmSync(join(npx, e), { recursive: true, force: true });
  }
  if (clean) rmSync(clean, { recursive: true, force: true });
});

/** Skip with the reason when no registry could be set up; under REQUIRE_ALL that is a failure. */
function needRegistry(ctx: { skip: (note?: string) => void }): void {
  if (registry) return;
  if (REQUIRED) throw new Error(`WEBAPI_PLUGIN_REQUIRE_ALL=1 but ${unavailable || 'no registry'}`);
  ctx.skip(`no local npm registry: ${unavailable}`);
}

interface Deferred {
  promise: Promise<string>;
  resolve(dir: string): void;
  reject(err: unknown): void;
}
function deferred(): Deferred {
  let resolve!: (d: string) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<string>((res, rej) => ((resolve = res), (reject = rej)));
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}
/** Each template's project: once installed, and once every step passed. */
const installed = new Map<string, Deferred>(TEMPLATES.map((t) => [t, deferred()]));
const projects = new Map<string, Deferred>(TEMPLATES.map((t) => [t, deferred()]));

async function mockJobApi(dir: string): Promise<{ url: string; stop: () => void }> {
  const { spawn } = await import('node:child_process');
  const mock = spawn(process.execPath, ['mock/job-api.mjs', '--port', '0'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    mock.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    mock.on('exit', (code) => reject(new Error(`the mock API exited with ${code}: ${out}`)));
  });
  return { url, stop: () => void mock.kill('SIGTERM') };
}

describe('the published package, from a local registry', () => {
  for (const template of TEMPLATES) {
    it.concurrent(
      `${template}: npx webapi-plugin init installs from the registry; npm test, typecheck, build, run task.yaml and serve work`,
      async (ctx) => {
        needRegistry(ctx);
        const deferred = projects.get(template)!;
        const t0 = Date.now();
        const lap = (what: string) => process.stdout.write(`[${template}] ${what} at ${((Date.now() - t0) / 1000).toFixed(1)}s\n`);
        try {
          const init = await exec('npx', ['--yes', `webapi-plugin@${VERSION}`, 'init', `my-${template}`, '--template', template, '--yes', '--no-git'], { cwd: clean, env, timeoutMs: 300_000 });
          expect(init.code, init.stdout + init.stderr).toBe(0);
          lap('init + install');
          const dir = join(clean, `my-${template}`);
          installed.get(template)!.resolve(dir);
          // the published range, no link: resolved from the registry
          expect(init.stdout).not.toMatch(/checkout|file:/);
          const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
          expect(pkg.dependencies['webapi-plugin']).toBe(`^${VERSION}`);
          expect(lstatSync(join(dir, 'node_modules', 'webapi-plugin')).isSymbolicLink()).toBe(false);
          const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string; resolved?: string }> };
          expect(lock.packages['node_modules/webapi-plugin']).toMatchObject({ version: VERSION, resolved: expect.stringMatching(new RegExp(`^${registry!.url}`)) });
          // a quiet first screen: no install-script warnings
          expect(init.stdout + init.stderr).not.toMatch(/install-scripts|allowScripts/);

          const test = await exec('npm', ['test'], { cwd: dir, env, timeoutMs: 300_000 });
          expect(test.code, test.stdout + test.stderr).toBe(0);
          expect(test.stdout).toMatch(/Tests\s+\d+ passed/);
          for (const script of ['typecheck', 'build']) {
            const r = await exec('npm', ['run', script], { cwd: dir, env, timeoutMs: 120_000 });
            expect(r.code, `npm run ${script}\n${r.stdout}${r.stderr}`).toBe(0);
          }
          expect(existsSync(join(dir, 'dist', 'plugin.js'))).toBe(true);
          lap('npm test, typecheck, build');

          if (template === 'async' || template === 'sync') {
            const run = await exec('npx', ['webapi-plugin', 'run', 'task.yaml'], { cwd: dir, env, timeoutMs: 120_000 });
            expect(run.code, run.stdout + run.stderr).toBe(0);
            expect(run.stdout).toMatch(template === 'async' ? /greeting: Hello, world!/ : /shout: HELLO FROM A FLYTE WEB API PLUGIN/);
          } else if (template === 'http-job') {
            const api = await mockJobApi(dir);
            try {
              writeFileSync(join(dir, 'task.local.yaml'), readFileSync(join(dir, 'task.yaml'), 'utf8').replace('http://127.0.0.1:8787', api.url));
              const run = await exec('npx', ['webapi-plugin', 'run', 'task.local.yaml'], { cwd: dir, env: { ...env, FLYTE_SECRET_job_api_token: 'dev-token' }, timeoutMs: 120_000 });
              expect(run.code, run.stdout + run.stderr).toBe(0);
              expect(run.stdout).toContain('ran: echo hello from my-http-job');
            } finally {
              api.stop();
            }
          } // slurm: run against a cluster below

          await serveAnswersHealth(join(dir, 'node_modules', '.bin', 'webapi-plugin'), ['serve', '--plugin', './src/plugin.ts', '--host', '127.0.0.1', '--port', '0', '--prometheus-port', '0'], { cwd: dir, env });
          lap('run + serve');
          deferred.resolve(dir);
        } catch (err) {
          deferred.reject(err);
          installed.get(template)!.reject(err);
          throw err;
        }
      },
      SLOW,
    );
  }

  const slurmUrl = process.env.SLURM_REST_URL;
  const slurmToken = process.env.SLURM_JWT;
  it.concurrent(
    `slurm: run task.yaml against a Slurm cluster${slurmUrl ? ` at ${slurmUrl}` : ''}`,
    async (ctx) => {
      needRegistry(ctx);
      if (!slurmUrl || !slurmToken) {
        if (process.env.WEBAPI_PLUGIN_REQUIRE_SLURM === '1') throw new Error('WEBAPI_PLUGIN_REQUIRE_SLURM=1 but SLURM_REST_URL or SLURM_JWT is not set');
        ctx.skip('no Slurm cluster: set SLURM_REST_URL and SLURM_JWT (scripts/slurm/start.sh)');
      }
      const dir = await projects.get('slurm')!.promise;
      const run = await exec('npx', ['webapi-plugin', 'run', 'task.yaml', '--json'], {
        cwd: dir,
        env: { ...env, SLURM_REST_URL: slurmUrl, FLYTE_SECRET_SLURM_JWT: slurmToken, ...(process.env.SLURM_API_VERSION && { SLURM_API_VERSION: process.env.SLURM_API_VERSION }) },
        timeoutMs: 300_000,
      });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect((JSON.parse(run.stdout) as { outputs: Record<string, unknown> }).outputs).toMatchObject({ exitCode: 0 });
    },
    SLOW,
  );

  it.concurrent(
    "async: the Dockerfile's steps work (build, npm ci --omit=dev, serve as the non-root user answers health)",
    async (ctx) => {
      needRegistry(ctx);
      const dir = await installed.get('async')!.promise; // its own copy: the project's build runs beside it
      const text = readFileSync(join(dir, 'Dockerfile'), 'utf8');
      const root = join(clean, 'image-async');
      const { stages, runs } = await runDockerfile(text, { context: dir, root, env });
      expect(runs.map((r) => r.command)).toEqual(['npm ci --no-audit --no-fund', 'npm run build', 'npm ci --omit=dev --no-audit --no-fund']);
      const image = stages[stages.length - 1]!;
      const app = join(image.root, image.workdir);
      // the runtime holds production dependencies and the built plugin: no TypeScript, no sources, no tests
      expect(existsSync(join(app, 'dist', 'plugin.js'))).toBe(true);
      expect(existsSync(join(app, 'node_modules', 'webapi-plugin', 'package.json'))).toBe(true);
      // (typescript stays: cosmiconfig, a dependency of webapi-plugin, names it as an optional peer)
      for (const absent of ['node_modules/vitest', 'node_modules/vite', 'src', 'test', '.secrets']) expect(existsSync(join(app, absent)), absent).toBe(false);
      expect(image.user).toBe('node');
      expect(image.expose).toEqual([8000, 9090]);
      // CMD as the image runs it; only the ports become free ones and the host loopback (a shared machine)
      const cmd = image.cmd!.map((a, i, all) => (all[i - 1] === '--port' || all[i - 1] === '--prometheus-port' ? '0' : all[i - 1] === '--host' ? '127.0.0.1' : a));
      expect(cmd[0]).toBe('node');
      const asRoot = process.getuid?.() === 0;
      await serveAnswersHealth(process.execPath, cmd.slice(1), {
        cwd: app,
        // the image's user "node" is uid 1000; with no writable home: serve must not write anywhere
        env: { PATH: env.PATH, ...image.env, HOME: '/nonexistent' },
        ...(asRoot && { uid: 1000, gid: 1000 }),
      });
    },
    SLOW,
  );
});
