/**
 * A simulated remote job API, standing in for a real service (BigQuery, Databricks, a batch
 * scheduler, ...). It has latency, jobs move Queued → Running → Succeeded on their own, and it
 * keeps its jobs in a JSON file under the OS temp directory, so a run detached in one process can be
 * resumed from another (`webapi-plugin run --resume <run-id>`).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type JobState = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';

export interface JobRequest {
  /** Client-chosen idempotency key: submitting the same name twice returns the same job. */
  name: string;
  queuedMs: number;
  runMs: number;
  /** Make the job fail at the end (for failure demos). */
  fail?: string;
  inputs: Record<string, unknown>;
}

export interface Job extends JobRequest {
  id: string;
  createdAt: number;
  cancelledAt?: number;
}

export interface JobStatus {
  id: string;
  state: JobState;
  message: string;
  logsUrl: string;
  result?: Record<string, unknown>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class SimulatedJobApi {
  private readonly dir: string;
  constructor(
    private readonly token: string,
    private readonly latencyMs = 60,
    // where the simulated service keeps its jobs (QUICKSTART_API_DIR isolates test runs)
    dir = process.env.QUICKSTART_API_DIR ?? join(tmpdir(), 'webapi-plugin-quickstart-api'),
  ) {
    this.dir = dir;
    mkdirSync(join(dir, 'jobs'), { recursive: true });
  }

  private file(id: string) {
    return join(this.dir, 'jobs', `${id}.json`);
  }

  private load(id: string): Job | undefined {
    try {
      return JSON.parse(readFileSync(this.file(id), 'utf8')) as Job;
    } catch {
      return undefined;
    }
  }

  private save(job: Job) {
    const tmp = `${this.file(job.id)}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(job));
    renameSync(tmp, this.file(job.id));
  }

  private async call() {
    if (!this.token) throw new Error('401 Unauthorized: no API token');
    await sleep(this.latencyMs * (0.5 + Math.random()));
  }

  /** POST /jobs — idempotent by name. */
  async submit(req: JobRequest): Promise<Job> {
    await this.call();
    const id = `job-${req.name}`;
    const existing = this.load(id);
    if (existing) return existing;
    const job: Job = { ...req, id, createdAt: Date.now() };
    this.save(job);
    return job;
  }

  /** GET /jobs/:id */
  async status(id: string): Promise<JobStatus> {
    await this.call();
    const job = this.load(id);
    if (!job) throw new Error(`404 Not Found: job ${id}`);
    const logsUrl = `https://jobs.example.com/${id}/logs`;
    const age = Date.now() - job.createdAt;
    if (job.cancelledAt) return { id, state: 'CANCELLED', message: 'cancelled by the client', logsUrl };
    if (age < job.queuedMs) return { id, state: 'QUEUED', message: 'waiting for a worker', logsUrl };
    if (age < job.queuedMs + job.runMs) {
      const pct = Math.floor(((age - job.queuedMs) / job.runMs) * 100);
      return { id, state: 'RUNNING', message: `${pct}% done`, logsUrl };
    }
    if (job.fail) return { id, state: 'FAILED', message: job.fail, logsUrl };
    const name = String(job.inputs.name ?? 'world');
    const n = Number(job.inputs.n ?? 3);
    return {
      id,
      state: 'SUCCEEDED',
      message: 'done',
      logsUrl,
      result: { greeting: `Hello, ${name}!`, squares: Array.from({ length: n }, (_, i) => (i + 1) ** 2), jobId: id },
    };
  }

  /** DELETE /jobs/:id — succeeds if the job is already gone or finished. */
  async cancel(id: string): Promise<void> {
    await this.call();
    const job = this.load(id);
    if (job && !job.cancelledAt) this.save({ ...job, cancelledAt: Date.now() });
  }
}
