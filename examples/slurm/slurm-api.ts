/**
 * A small client for Slurm's REST daemon (slurmrestd, OpenAPI v0.0.38 as shipped with Slurm 22.05):
 * submit, get, list and cancel jobs. Errors are classified into the plugin's PermanentError/TransientError
 * so the engine knows whether retrying can help.
 *
 * The token is asked for on every request (it is never kept here) and sent only in the
 * X-SLURM-USER-TOKEN header; no message this module builds contains it.
 */
import { PermanentError, TransientError } from 'webapi-plugin';

/** The fields of a v0.0.38 job record this plugin uses (the API returns ~110). */
export interface SlurmJob {
  job_id: number;
  name: string;
  /** PENDING, RUNNING, COMPLETED, FAILED, CANCELLED, TIMEOUT, ... (one string in v0.0.38). */
  job_state: string;
  state_reason?: string;
  state_description?: string;
  /** The raw wait(2) status: exit code = status >> 8, signal = status & 0x7f. */
  exit_code?: number | null;
  submit_time?: number;
  start_time?: number;
  end_time?: number;
  current_working_directory?: string;
  /** Unexpanded (`%j` stays `%j`), "" when not set. */
  standard_output?: string;
}

export interface SlurmSubmission {
  script: string;
  job: Record<string, unknown>;
}

export interface SlurmApiOptions {
  /** e.g. http://127.0.0.1:6820 (the part before /slurm/<version>). */
  baseUrl: string;
  /** OpenAPI plugin version, e.g. v0.0.38. */
  apiVersion: string;
  /** Sent as X-SLURM-USER-NAME. */
  userName: string;
  /** Reads the JWT (X-SLURM-USER-TOKEN) for each request. */
  token: () => Promise<string>;
  /** Name of the secret the token came from, for messages. */
  tokenSecret: string;
  /** Per-request timeout. Default 30 s. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

interface SlurmError {
  error?: string;
  description?: string;
  source?: string;
  error_number?: number;
  error_code?: number;
}

/** Slurm's "Invalid job id specified" (unknown or purged job). */
export const ESLURM_INVALID_JOB_ID = 2017;

export class SlurmApi {
  private readonly root: string;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly opts: SlurmApiOptions) {
    this.root = `${opts.baseUrl.replace(/\/+$/, '')}/slurm/${opts.apiVersion}`;
    this.fetchImpl = opts.fetch ?? fetch;
  }

  /** POST /job/submit → the new job's id. */
  async submit(body: SlurmSubmission, signal?: AbortSignal): Promise<number> {
    const res = await this.call('POST', '/job/submit', signal, body);
    // Success is the presence of job_id: a held job comes back 200 with job_id *and* errors[].
    if (typeof res.body.job_id === 'number') return res.body.job_id;
    throw this.failure('submit a job', res.status, res.body, res.text);
  }

  /** GET /job/{id}; undefined when Slurm does not know the id (never existed, or purged after MinJobAge). */
  async getJob(jobId: number, signal?: AbortSignal): Promise<SlurmJob | undefined> {
    const res = await this.call('GET', `/job/${jobId}`, signal);
    const jobs = res.body.jobs;
    if (res.status === 200 && Array.isArray(jobs)) return jobs.find((j: SlurmJob) => j.job_id === jobId) ?? jobs[0];
    if (hasError(res.body, ESLURM_INVALID_JOB_ID)) return undefined;
    throw this.failure(`get job ${jobId}`, res.status, res.body, res.text);
  }

  /** GET /jobs: every job the controller still holds (finished ones for MinJobAge). */
  async listJobs(signal?: AbortSignal): Promise<SlurmJob[]> {
    const res = await this.call('GET', '/jobs', signal);
    if (res.status === 200 && Array.isArray(res.body.jobs)) return res.body.jobs as SlurmJob[];
    throw this.failure('list jobs', res.status, res.body, res.text);
  }

  /** DELETE /job/{id}. Idempotent: a finished, cancelled or unknown job is fine. */
  async cancel(jobId: number, signal?: AbortSignal): Promise<void> {
    const res = await this.call('DELETE', `/job/${jobId}`, signal);
    if (res.status === 200 || hasError(res.body, ESLURM_INVALID_JOB_ID)) return;
    throw this.failure(`cancel job ${jobId}`, res.status, res.body, res.text);
  }

  private async call(
    method: string,
    path: string,
    signal: AbortSignal | undefined,
    body?: unknown,
  ): Promise<{ status: number; body: Record<string, any>; text: string }> {
    const url = this.root + path;
    const token = await this.opts.token();
    const timeout = AbortSignal.timeout(this.opts.timeoutMs ?? 30_000);
    let res: Response;
    try {
      res = await this.fetchImpl(url, {
        method,
        headers: {
          'X-SLURM-USER-NAME': this.opts.userName,
          'X-SLURM-USER-TOKEN': token,
          Accept: 'application/json',
          // slurmrestd rejects a submit without it ("Unable to parse query").
          ...(body !== undefined && { 'Content-Type': 'application/json' }),
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (err) {
      if (signal?.aborted) throw signal.reason ?? err;
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      const why = timeout.aborted ? `no answer within ${Math.round((this.opts.timeoutMs ?? 30_000) / 1000)}s` : (cause?.code ?? cause?.message ?? (err as Error).message);
      throw new TransientError(`cannot reach the Slurm REST API at ${url}: ${why}`, { code: 'SlurmUnreachable', cause: err });
    }
    const text = await res.text();
    let parsed: Record<string, any> = {};
    try {
      const v = JSON.parse(text);
      if (v && typeof v === 'object') parsed = v;
    } catch {
      // text/plain answers: "Authentication failure", "Unable to parse query."
    }
    return { status: res.status, body: parsed, text };
  }

  /** Turn a non-success answer into the right error class. */
  private failure(what: string, status: number, body: Record<string, any>, text: string): Error {
    const errors: SlurmError[] = Array.isArray(body.errors) ? body.errors : [];
    const detail = errors.length
      ? errors.map((e) => [e.error, e.description, e.source && `in ${e.source}`].filter(Boolean).join(': ')).join('; ')
      : text.trim().slice(0, 200) || `HTTP ${status}`;
    const where = `the Slurm REST API at ${this.opts.baseUrl}`;
    const secret = `the "${this.opts.tokenSecret}" secret`;
    if (status === 401) {
      return new PermanentError(
        `authentication failed: ${where} answered 401 (${detail}) to "${what}"; check ${secret} and the user name "${this.opts.userName}"`,
        { code: 'AuthenticationFailed', kind: 'SYSTEM' },
      );
    }
    // slurmrestd does not answer a bad, expired or wrongly signed JWT with 401: the request reaches
    // slurmctld, which drops it, and the API answers 500 with error_number -1 "Unspecified error"
    // (reads) or error_code 5005 "Zero Bytes were transmitted or received" (submit).
    if (status === 500 && errors.some((e) => e.error_number === -1 || e.error_code === -1 || e.error_code === 5005 || e.error_number === 5005)) {
      const first = errors[0]!;
      return new PermanentError(
        `authentication failed: Slurm at ${this.opts.baseUrl} rejected the token in ${secret} for user "${this.opts.userName}" ` +
          `(HTTP 500 "${first.error ?? 'error'}"${first.source ? ` from ${first.source}` : ''}: slurmrestd's answer to an invalid, expired or wrongly signed JWT). ` +
          `A new one: scontrol token username=${this.opts.userName} lifespan=86400`,
        { code: 'AuthenticationFailed', kind: 'SYSTEM' },
      );
    }
    if (status === 404) {
      return new PermanentError(
        `${where} has no ${this.root.slice(this.opts.baseUrl.replace(/\/+$/, '').length)} endpoints (HTTP 404) — is apiVersion "${this.opts.apiVersion}" loaded by slurmrestd (-s openapi/${this.opts.apiVersion})?`,
        { code: 'BadApiVersion', kind: 'SYSTEM' },
      );
    }
    if (status >= 400 && status < 500) {
      return new PermanentError(`Slurm refused to ${what} (HTTP ${status}): ${detail}`, { code: 'BadRequest', kind: 'USER' });
    }
    // 500 with a Slurm error that says the request itself is impossible (e.g. 2005 "More processors
    // requested than permitted", with EnforcePartLimits=ALL): retrying will not help.
    const userErrors = errors.filter((e) => {
      const n = e.error_number ?? e.error_code ?? 0;
      return n >= 2000 && n < 3000 && n !== ESLURM_INVALID_JOB_ID;
    });
    if (status === 500 && userErrors.length) {
      return new PermanentError(`Slurm refused to ${what}: ${detail}`, { code: 'SlurmRejected', kind: 'USER' });
    }
    return new TransientError(`Slurm failed to ${what} (HTTP ${status}): ${detail}`, { code: 'SlurmError' });
  }
}

function hasError(body: Record<string, any>, code: number): boolean {
  return Array.isArray(body.errors) && body.errors.some((e: SlurmError) => e.error_number === code || e.error_code === code);
}

/** Decode a raw wait(2) status as Slurm reports it in `exit_code`. */
export function decodeWaitStatus(raw: number | null | undefined): { exitCode: number; signal?: number } {
  const s = typeof raw === 'number' && Number.isFinite(raw) ? raw : 0;
  const signal = s & 0x7f;
  if (signal !== 0 && signal !== 0x7f) return { exitCode: 128 + signal, signal };
  return { exitCode: (s >> 8) & 0xff };
}
