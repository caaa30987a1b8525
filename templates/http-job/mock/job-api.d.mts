/** Types for job-api.mjs (the mock job API). */
export type JobState = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
export interface MockJob {
  id: string;
  name: string;
  command: string;
  state: JobState;
  exitCode?: number;
  stdout?: string;
  submittedAt: string;
}
export interface JobApi {
  url: string;
  port: number;
  token: string;
  requests: { method: string; path: string; authorized: boolean }[];
  job(id: string): MockJob | undefined;
  close(): Promise<void>;
}
export function startJobApi(opts?: { port?: number; host?: string; token?: string; queuedMs?: number; failNext?: number[] }): Promise<JobApi>;
