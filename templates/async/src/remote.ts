/**
 * The remote job service this plugin talks to — here a simulation that runs in-process, so the project
 * works offline from the first minute. Replace `SimulatedJobService` with a client for your service
 * (REST, gRPC, an SDK) that implements the same small `JobService` interface.
 *
 * The simulation keeps its jobs in memory: a run resumed in a new process (`webapi-plugin run --resume`)
 * will not find them. A real service does not have that problem.
 */

export type JobState = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';

export interface Job {
  id: string;
  state: JobState;
  /** Set when the job succeeded. */
  result?: string;
  /** Set when the job failed or was cancelled. */
  message?: string;
}

export interface JobRequest {
  /** The same key twice returns the same job: this is what makes `create` safe to retry. */
  idempotencyKey: string;
  name: string;
  durationMs: number;
  /** Make the job fail with this message (to try out failures). */
  failWith?: string;
}

export interface JobService {
  submit(request: JobRequest): Promise<Job>;
  get(id: string): Promise<Job>;
  /** Cancelling a job that is finished or unknown is not an error. */
  cancel(id: string): Promise<void>;
}

interface Record_ {
  id: string;
  request: JobRequest;
  submittedAt: number;
  cancelled: boolean;
}

export class SimulatedJobService implements JobService {
  private readonly jobs = new Map<string, Record_>();
  private readonly byKey = new Map<string, string>();
  private seq = 0;

  /** `now` is injectable so that tests can move time forward. */
  constructor(private readonly now: () => number = Date.now) {}

  async submit(request: JobRequest): Promise<Job> {
    const existing = this.byKey.get(request.idempotencyKey);
    if (existing) return this.get(existing);
    const id = `job-${++this.seq}`;
    this.jobs.set(id, { id, request, submittedAt: this.now(), cancelled: false });
    this.byKey.set(request.idempotencyKey, id);
    return this.get(id);
  }

  async get(id: string): Promise<Job> {
    const job = this.jobs.get(id);
    if (!job) throw new Error(`job ${id} not found`);
    const elapsed = this.now() - job.submittedAt;
    const { durationMs, failWith, name } = job.request;
    if (job.cancelled) return { id, state: 'CANCELLED', message: 'cancelled' };
    if (elapsed < durationMs / 4) return { id, state: 'QUEUED' };
    if (elapsed < durationMs) return { id, state: 'RUNNING' };
    if (failWith) return { id, state: 'FAILED', message: failWith };
    return { id, state: 'SUCCEEDED', result: `Hello, ${name}!` };
  }

  async cancel(id: string): Promise<void> {
    const job = this.jobs.get(id);
    if (job) job.cancelled = true;
  }
}
