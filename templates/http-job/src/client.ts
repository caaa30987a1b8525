/**
 * A client for a REST job API: POST /jobs to submit, GET /jobs/:id to poll, DELETE /jobs/:id to cancel.
 * HTTP failures are mapped to the errors Flyte's engine understands:
 *   network errors, 408, 429 and 5xx  → TransientError (the engine retries with backoff); a refused
 *                                      connection has the code ConnectionRefused (see create in plugin.ts)
 *   401/403 and other 4xx              → PermanentError (retrying will not help)
 * The token is sent in a header and never appears in an error message.
 */
import { PermanentError, TransientError } from 'webapi-plugin';

export type JobState = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';

export interface Job {
  id: string;
  name: string;
  state: JobState;
  exitCode?: number;
  stdout?: string;
}

export interface JobSpec {
  name: string;
  command: string;
  durationMs?: number;
}

export class JobApiClient {
  constructor(
    readonly baseUrl: string,
    private readonly token: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  /** Submit; a repeated idempotency key returns the job created the first time. */
  submit(spec: JobSpec, idempotencyKey: string, signal?: AbortSignal): Promise<Job> {
    return this.request('POST', '/jobs', { body: spec, headers: { 'idempotency-key': idempotencyKey }, signal });
  }

  get(id: string, signal?: AbortSignal): Promise<Job> {
    return this.request('GET', `/jobs/${encodeURIComponent(id)}`, { signal });
  }

  /** Cancel; a job that is already gone (404) counts as cancelled. */
  async cancel(id: string, signal?: AbortSignal): Promise<void> {
    try {
      await this.request('DELETE', `/jobs/${encodeURIComponent(id)}`, { signal });
    } catch (err) {
      if (err instanceof PermanentError && err.code === 'Http404') return;
      throw err;
    }
  }

  private async request<T>(method: string, path: string, opts: { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal | undefined }): Promise<T> {
    const url = new URL(path, this.baseUrl.endsWith('/') ? this.baseUrl : this.baseUrl + '/').href;
    let res: Response;
    try {
      res = await this.fetchImpl(url, {
        method,
        headers: {
          authorization: `Bearer ${this.token}`,
          accept: 'application/json',
          ...(opts.body !== undefined && { 'content-type': 'application/json' }),
          ...opts.headers,
        },
        ...(opts.body !== undefined && { body: JSON.stringify(opts.body) }),
        ...(opts.signal && { signal: opts.signal }),
      });
    } catch (err) {
      if (opts.signal?.aborted) throw err;
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      if (cause?.code === 'ECONNREFUSED') {
        // nothing listens at that address: the request never reached the API
        throw new TransientError(`connection refused at ${this.baseUrl}`, { code: 'ConnectionRefused', cause: err });
      }
      throw new TransientError(`cannot reach the job API at ${this.baseUrl}: ${cause?.code ?? cause?.message ?? (err as Error).message}`, {
        code: 'Unreachable',
        cause: err,
      });
    }
    const text = await res.text();
    if (res.ok) return (text ? JSON.parse(text) : undefined) as T;
    let detail = text.slice(0, 200);
    try {
      detail = String((JSON.parse(text) as { error?: unknown }).error ?? detail);
    } catch {
      // not JSON: keep the text
    }
    const message = `${method} ${path}: ${res.status} ${res.statusText}${detail ? ` (${detail})` : ''}`;
    const code = `Http${res.status}`;
    if (res.status === 401 || res.status === 403) {
      throw new PermanentError(`the job API refused the token: ${message}`, { code, kind: 'USER' });
    }
    if (res.status === 408 || res.status === 429 || res.status >= 500) throw new TransientError(message, { code });
    throw new PermanentError(message, { code });
  }
}
