#!/usr/bin/env node
/**
 * A small job API for local runs and tests: the shape of many real ones.
 *
 *   POST   /jobs        {name, command, durationMs?}  → 201 job (200 with the same job again
 *                       for a repeated Idempotency-Key header)
 *   GET    /jobs/:id    → 200 job | 404
 *   DELETE /jobs/:id    → 202 job (now CANCELLED) | 404
 *
 * A job is QUEUED for a moment, RUNNING until `durationMs` has passed, then SUCCEEDED (or FAILED when
 * the command is `false` or `exit N` with N > 0). Every request needs `Authorization: Bearer <token>`.
 *
 * Run it: `node mock/job-api.mjs [--port 8787]` (token from JOB_API_TOKEN, default "dev-token").
 * Use it in tests: `const api = await startJobApi({ port: 0 }); ...; await api.close();`
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

/**
 * @typedef {{ id: string, name: string, command: string, state: 'QUEUED'|'RUNNING'|'SUCCEEDED'|'FAILED'|'CANCELLED',
 *   exitCode?: number, stdout?: string, submittedAt: string }} Job
 * @typedef {{ url: string, port: number, token: string, requests: { method: string, path: string, authorized: boolean }[],
 *   job(id: string): Job | undefined, close(): Promise<void> }} JobApi
 */

/**
 * @param {{ port?: number, host?: string, token?: string, queuedMs?: number, failNext?: number[] }} [opts]
 *   failNext: statuses to answer the next requests with (e.g. [503]) to try out retries.
 * @returns {Promise<JobApi>}
 */
export async function startJobApi(opts = {}) {
  const token = opts.token ?? 'dev-token';
  const queuedMs = opts.queuedMs ?? 200;
  const failNext = [...(opts.failNext ?? [])];
  /** @type {Map<string, { job: Job, startedAt: number, durationMs: number, exitCode: number }>} */
  const records = new Map();
  /** @type {Map<string, string>} */
  const byKey = new Map();
  /** @type {JobApi['requests']} */
  const requests = [];

  const view = (/** @type {string} */ id) => {
    const r = records.get(id);
    if (!r) return undefined;
    const { job } = r;
    if (job.state === 'QUEUED' || job.state === 'RUNNING') {
      const elapsed = Date.now() - r.startedAt;
      if (elapsed >= queuedMs + r.durationMs) {
        job.state = r.exitCode === 0 ? 'SUCCEEDED' : 'FAILED';
        job.exitCode = r.exitCode;
        job.stdout = r.exitCode === 0 ? `ran: ${job.command}` : `failed: ${job.command}`;
      } else if (elapsed >= queuedMs) job.state = 'RUNNING';
    }
    return job;
  };

  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const send = (/** @type {number} */ status, /** @type {unknown} */ payload) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(payload === undefined ? '' : JSON.stringify(payload));
      };
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const authorized = req.headers.authorization === `Bearer ${token}`;
      requests.push({ method: req.method ?? 'GET', path, authorized });
      const injected = failNext.shift();
      if (injected !== undefined) return send(injected, { error: `injected failure ${injected}` });
      if (!authorized) return send(401, { error: 'missing or wrong bearer token' });

      if (req.method === 'POST' && path === '/jobs') {
        let spec;
        try {
          spec = JSON.parse(body || '{}');
        } catch {
          return send(400, { error: 'body is not JSON' });
        }
        if (typeof spec.command !== 'string' || spec.command === '') return send(400, { error: '"command" must be a non-empty string' });
        const key = req.headers['idempotency-key'];
        const known = typeof key === 'string' ? byKey.get(key) : undefined;
        if (known) return send(200, view(known));
        const job = { id: randomUUID(), name: String(spec.name ?? 'job'), command: spec.command, state: /** @type {const} */ ('QUEUED'), submittedAt: new Date().toISOString() };
        // `exit N` and `false` end with a non-zero exit code, like a shell would
        const exit = /^exit (\d+)$/.exec(spec.command.trim());
        const exitCode = exit ? Number(exit[1]) : spec.command.trim() === 'false' ? 1 : 0;
        records.set(job.id, { job, startedAt: Date.now(), durationMs: Number(spec.durationMs ?? 1000), exitCode });
        if (typeof key === 'string') byKey.set(key, job.id);
        return send(201, view(job.id));
      }
      const m = /^\/jobs\/([^/]+)$/.exec(path);
      if (m) {
        const job = view(decodeURIComponent(m[1] ?? ''));
        if (!job) return send(404, { error: 'no such job' });
        if (req.method === 'GET') return send(200, job);
        if (req.method === 'DELETE') {
          if (job.state === 'QUEUED' || job.state === 'RUNNING') job.state = 'CANCELLED';
          return send(202, job);
        }
      }
      return send(404, { error: `no route for ${req.method} ${path}` });
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8787, opts.host ?? '127.0.0.1', () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${address.address}:${address.port}`,
    port: address.port,
    token,
    requests,
    job: view,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}

// `node mock/job-api.mjs [--port N]`
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : Number(process.env.PORT ?? 8787);
  const api = await startJobApi({ port, token: process.env.JOB_API_TOKEN ?? 'dev-token' });
  process.stdout.write(`job API listening on ${api.url} (token from JOB_API_TOKEN, default "dev-token"); Ctrl-C to stop\n`);
  const stop = () => void api.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
