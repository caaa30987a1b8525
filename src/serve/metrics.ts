/**
 * Prometheus metrics named like flytekit's connector server (prefix `flyte_connector_`), so existing
 * Grafana dashboards for `pyflyte serve connector` work unchanged.
 *
 * The two summaries are exposed as Python's prometheus_client exposes a Summary — `_sum` and `_count`,
 * no quantiles — which is what flytekit's server shows, and costs one addition per call (prom-client's
 * Summary would feed a quantile sketch on every call and keep objects alive for it).
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

/** A Summary with only `_sum` and `_count` per label set, as prometheus_client exposes one. */
class SumCountSummary {
  readonly type = 'summary';
  readonly aggregator = 'sum';
  private readonly series = new Map<string, { labels: Record<string, string>; sum: number; count: number }>();

  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  observe(key: string, labels: () => Record<string, string>, value: number): void {
    let s = this.series.get(key);
    if (!s) this.series.set(key, (s = { labels: labels(), sum: 0, count: 0 }));
    s.sum += value;
    s.count++;
  }

  get() {
    const values = [...this.series.values()].flatMap((s) => [
      { metricName: `${this.name}_sum`, labels: s.labels, value: s.sum },
      { metricName: `${this.name}_count`, labels: s.labels, value: s.count },
    ]);
    return { name: this.name, help: this.help, type: this.type, values, aggregator: this.aggregator };
  }

  reset(): void {
    this.series.clear();
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
  const latency = new SumCountSummary(`${prefix}request_latency_seconds`, 'Time spent processing connector request');
  const inputBytes = new SumCountSummary(`${prefix}input_literal_bytes`, 'Size of input literal');
  reg.registerMetric(latency as never);
  reg.registerMetric(inputBytes as never);
  return {
    registry: reg,
    success: (t, o, s) => {
      success.inc({ task_type: t, operation: o });
      latency.observe(`${o} ${t}`, () => ({ task_type: t, operation: o }), s);
    },
    failure: (t, o, c) => failure.inc({ task_type: t, operation: o, error_code: String(c) }),
    inputBytes: (t, b) => inputBytes.observe(t, () => ({ task_type: t }), b),
  };
}
