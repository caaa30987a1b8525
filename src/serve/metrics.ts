/**
 * Prometheus metrics named like flytekit's connector server (prefix `flyte_connector_`), so existing
 * Grafana dashboards for `pyflyte serve connector` work unchanged.
 */
import type { Counter, Registry, Summary } from 'prom-client';

export type Operation = 'create' | 'get' | 'delete' | 'do';

export interface ServeMetrics {
  registry: Registry;
  success(taskType: string, operation: Operation): void;
  failure(taskType: string, operation: Operation, errorCode: number): void;
  latency(taskType: string, operation: Operation, seconds: number): void;
  inputBytes(taskType: string, bytes: number): void;
}

export async function createServeMetrics(registry?: Registry): Promise<ServeMetrics> {
  const prom = await import('prom-client');
  const reg = registry ?? new prom.Registry();
  const prefix = 'flyte_connector_';
  const success: Counter<'task_type' | 'operation'> = new prom.Counter({
    name: `${prefix}requests_success_total`,
    help: 'Total number of successful requests',
    labelNames: ['task_type', 'operation'],
    registers: [reg],
  });
  const failure: Counter<'task_type' | 'operation' | 'error_code'> = new prom.Counter({
    name: `${prefix}requests_failure_total`,
    help: 'Total number of failed requests',
    labelNames: ['task_type', 'operation', 'error_code'],
    registers: [reg],
  });
  const latency: Summary<'task_type' | 'operation'> = new prom.Summary({
    name: `${prefix}request_latency_seconds`,
    help: 'Time spent processing connector request',
    labelNames: ['task_type', 'operation'],
    registers: [reg],
  });
  const inputBytes: Summary<'task_type'> = new prom.Summary({
    name: `${prefix}input_literal_bytes`,
    help: 'Size of input literal',
    labelNames: ['task_type'],
    registers: [reg],
  });
  return {
    registry: reg,
    success: (t, o) => success.inc({ task_type: t, operation: o }),
    failure: (t, o, c) => failure.inc({ task_type: t, operation: o, error_code: String(c) }),
    latency: (t, o, s) => latency.observe({ task_type: t, operation: o }, s),
    inputBytes: (t, b) => inputBytes.observe({ task_type: t }, b),
  };
}
