/**
 * Prometheus metrics named like flytekit's connector server (prefix `flyte_connector_`), so existing
 * Grafana dashboards for `pyflyte serve connector` work unchanged.
 *
 * The two summaries are fed in batches: an observation goes into a small buffer, handed to prom-client
 * when the buffer fills or the metric is read (a summary's quantile sketch is the costliest thing a
 * served call would otherwise do). What /metrics shows is the same.
 */
import type { Registry } from 'prom-client';

export type Operation = 'create' | 'get' | 'delete' | 'do';

export interface ServeMetrics {
  registry: Registry;
  /** A call that succeeded, and how long it took. */
  success(taskType: string, operation: Operation, seconds: number): void;
  failure(taskType: string, operation: Operation, errorCode: number): void;
  inputBytes(taskType: string, bytes: number): void;
}

const BATCH = 512;

/** Observations of one summary, per label set, kept until the buffer fills or the summary is read. */
class Pending<L extends string> {
  private readonly labels: Record<L, string>[] = [];
  private readonly values = new Float64Array(BATCH);

  constructor(private readonly observe: (labels: Record<L, string>, value: number) => void) {}

  add(labels: Record<L, string>, value: number): void {
    this.values[this.labels.length] = value;
    this.labels.push(labels);
    if (this.labels.length === BATCH) this.flush();
  }

  flush(): void {
    const labels = this.labels.splice(0);
    for (let i = 0; i < labels.length; i++) this.observe(labels[i]!, this.values[i]!);
  }
}

export async function createServeMetrics(registry?: Registry): Promise<ServeMetrics> {
  const prom = await import('prom-client');
  const reg = registry ?? new prom.Registry();
  const prefix = 'flyte_connector_';
  const success = new prom.Counter<'task_type' | 'operation'>({
    name: `${prefix}requests_success_total`,
    help: 'Total number of successful requests',
    labelNames: ['task_type', 'operation'],
    registers: [reg],
  });
  const failure = new prom.Counter<'task_type' | 'operation' | 'error_code'>({
    name: `${prefix}requests_failure_total`,
    help: 'Total number of failed requests',
    labelNames: ['task_type', 'operation', 'error_code'],
    registers: [reg],
  });
  const latencyPending: Pending<'task_type' | 'operation'> = new Pending((l, v) => latency.observe(l, v));
  const latency = new prom.Summary<'task_type' | 'operation'>({
    name: `${prefix}request_latency_seconds`,
    help: 'Time spent processing connector request',
    labelNames: ['task_type', 'operation'],
    registers: [reg],
    collect: () => latencyPending.flush(),
  });
  const inputPending: Pending<'task_type'> = new Pending((l, v) => inputBytes.observe(l, v));
  const inputBytes = new prom.Summary<'task_type'>({
    name: `${prefix}input_literal_bytes`,
    help: 'Size of input literal',
    labelNames: ['task_type'],
    registers: [reg],
    collect: () => inputPending.flush(),
  });
  return {
    registry: reg,
    success: (t, o, s) => {
      success.inc({ task_type: t, operation: o });
      latencyPending.add({ task_type: t, operation: o }, s);
    },
    failure: (t, o, c) => failure.inc({ task_type: t, operation: o, error_code: String(c) }),
    inputBytes: (t, b) => inputPending.add({ task_type: t }, b),
  };
}
