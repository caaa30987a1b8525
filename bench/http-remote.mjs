// A realistic remote for bench/engine.mjs: the http-job template's mock job API
// (templates/http-job/mock/job-api.mjs) served from its own process on loopback, and a small keep-alive
// HTTP client for it. The engine's plugin and the bare loop use the same client, so the benchmark compares
// like for like: POST /jobs (create), GET /jobs/:id (get), then map the state (status).
// `node bench/http-remote.mjs --serve` runs the server and prints its URL on stdout.
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const TOKEN = 'bench-token';

if (process.argv.includes('--serve')) {
  const { startJobApi } = await import(join(here, '..', 'templates', 'http-job', 'mock', 'job-api.mjs'));
  // jobs are done as soon as they exist: every task is one create and one get, for the engine and bare alike
  const api = await startJobApi({ port: 0, token: TOKEN, queuedMs: 0 });
  api.requests.push = () => 0; // keep no per-request log in a long benchmark
  process.stdout.write(`${api.url}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => void api.close().then(() => process.exit(0)));
}

/** Start the job API in a child process; resolves to { url, close }. */
export async function startRemote() {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--serve'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(out.trim());
    });
    child.on('exit', (code) => reject(new Error(`job API exited (${code})`)));
  });
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.stdin.end();
      }),
  };
}

/** A keep-alive JSON client of the job API (one per side, so neither reuses the other's sockets). */
export function jobClient(url) {
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const { hostname, port } = new URL(url);
  const call = (method, path, body) =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = request(
        {
          agent,
          hostname,
          port,
          method,
          path,
          headers: {
            authorization: `Bearer ${TOKEN}`,
            ...(payload !== undefined && { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
            ...(body?.name && { 'idempotency-key': body.name }),
          },
        },
        (res) => {
          let data = '';
          res.setEncoding('utf8');
          res.on('data', (d) => (data += d));
          res.on('end', () => (res.statusCode >= 400 ? reject(new Error(`${method} ${path}: ${res.statusCode} ${data}`)) : resolve(JSON.parse(data))));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  return {
    create: (name) => call('POST', '/jobs', { name, command: 'true', durationMs: 0 }),
    get: (id) => call('GET', `/jobs/${encodeURIComponent(id)}`),
    close: () => agent.destroy(),
  };
}

/** The plugin's status: the job's state as a PhaseInfo. */
export function phaseOf(job) {
  switch (job.state) {
    case 'SUCCEEDED':
      return { phase: 'Success', version: 0 };
    case 'FAILED':
    case 'CANCELLED':
      return { phase: 'PermanentFailure', version: 0, error: { code: job.state, message: job.state, kind: 'USER' } };
    default:
      return { phase: job.state === 'QUEUED' ? 'Queued' : 'Running', version: 0 };
  }
}
