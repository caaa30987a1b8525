#!/usr/bin/env node
// A throw-away local npm registry (Verdaccio 6.8.0, the newest that runs on Node 20, with node-fetch
// pinned to 2.7.0) for the published-package tests: webapi-plugin is published to it, everything else is
// proxied from the registry npm is configured with.
//
//   node scripts/registry/registry.mjs start <dir>   install Verdaccio if needed (~/.cache/webapi-plugin),
//                                                    start it on 127.0.0.1 with a free port, storage in
//                                                    <dir>; writes <dir>/env (WEBAPI_PLUGIN_REGISTRY_URL)
//                                                    and <dir>/pid, prints the URL; exit 1 if it cannot
//   node scripts/registry/registry.mjs stop <dir>    stop it by its PID (TERM, then KILL after 5 s)
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const VERSION = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')).dependencies.verdaccio;
// outside node_modules, which `npm ci` empties (CI starts the registry before the project's install)
const toolDir = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'webapi-plugin', `registry-verdaccio-${VERSION}`);
const log = (m) => process.stderr.write(`[registry] ${m}\n`);

function install() {
  const installed = join(toolDir, 'node_modules', 'verdaccio', 'package.json');
  if (existsSync(installed) && JSON.parse(readFileSync(installed, 'utf8')).version === VERSION) return;
  mkdirSync(toolDir, { recursive: true });
  copyFileSync(join(here, 'package.json'), join(toolDir, 'package.json'));
  copyFileSync(join(here, 'package-lock.json'), join(toolDir, 'package-lock.json'));
  log(`installing verdaccio ${VERSION} into ${toolDir}…`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: toolDir, stdio: ['ignore', 2, 2] });
}

function config(dir, uplink) {
  return `# written by scripts/registry/registry.mjs
storage: ${JSON.stringify(join(dir, 'storage'))}
auth:
  htpasswd:
    file: ${JSON.stringify(join(dir, 'htpasswd'))}
    max_users: -1
uplinks:
  upstream:
    url: ${JSON.stringify(uplink)}
    timeout: 60s
    maxage: 30m
    cache: true
packages:
  'webapi-plugin':
    access: $all
    publish: $all
    unpublish: $all
  '**':
    access: $all
    publish: $authenticated
    proxy: upstream
web:
  enable: false
log: { type: stdout, format: pretty, level: warn }
`;
}

// runs inside the registry process: Verdaccio's server on a free loopback port
const LAUNCHER = `import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
const require = createRequire(process.argv[2] + '/');
const { runServer } = require('verdaccio');
const app = await runServer(process.argv[3]);
app.listen(0, '127.0.0.1', () => writeFileSync(process.argv[4], String(app.address().port)));
`;

async function start(dir) {
  mkdirSync(dir, { recursive: true });
  install();
  let uplink = 'https://registry.npmjs.org/';
  try {
    uplink = execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim() || uplink;
  } catch {
    // keep the public registry
  }
  writeFileSync(join(dir, 'config.yaml'), config(dir, uplink));
  writeFileSync(join(dir, 'launch.mjs'), LAUNCHER);
  const portFile = join(dir, 'port');
  const out = openSync(join(dir, 'log'), 'a');
  const child = spawn(process.execPath, [join(dir, 'launch.mjs'), join(toolDir, 'node_modules'), join(dir, 'config.yaml'), portFile], {
    detached: true,
    stdio: ['ignore', out, out],
  });
  writeFileSync(join(dir, 'pid'), String(child.pid));
  let exited = false;
  child.on('exit', () => (exited = true));
  for (let i = 0; i < 300 && !exited && !existsSync(portFile); i++) await new Promise((r) => setTimeout(r, 100));
  if (!existsSync(portFile)) {
    if (!exited) process.kill(child.pid, 'SIGKILL');
    throw new Error(`verdaccio did not start; its log:\n${readFileSync(join(dir, 'log'), 'utf8')}`);
  }
  const url = `http://127.0.0.1:${readFileSync(portFile, 'utf8').trim()}/`;
  writeFileSync(join(dir, 'env'), `WEBAPI_PLUGIN_REGISTRY_URL=${url}\nWEBAPI_PLUGIN_REGISTRY_DIR=${dir}\n`);
  child.unref();
  log(`verdaccio ${VERSION} (pid ${child.pid}) at ${url}, proxying ${uplink}`);
  process.stdout.write(url + '\n');
}

async function stop(dir) {
  const pidFile = join(dir, 'pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive()) process.kill(pid, 'SIGKILL');
  log(`stopped verdaccio (pid ${pid})`);
}

const [cmd, dirArg] = process.argv.slice(2);
if ((cmd !== 'start' && cmd !== 'stop') || !dirArg) {
  process.stderr.write('usage: registry.mjs start|stop <dir>\n');
  process.exit(2);
}
try {
  await (cmd === 'start' ? start(resolve(dirArg)) : stop(resolve(dirArg)));
} catch (err) {
  log(String(err instanceof Error ? err.message : err));
  process.exit(1);
}
