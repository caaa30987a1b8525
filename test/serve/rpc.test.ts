/** The shared request plumbing, without a network: turns, cancellation, status mapping. */
import * as grpc from '@grpc/grpc-js';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { ServeError } from '../../src/serve/errors.js';
import { silentLogger } from '../../src/serve/logger.js';
import { createServeMetrics } from '../../src/serve/metrics.js';
import { Rpc } from '../../src/serve/rpc.js';
import { Redactor } from '../../src/util/redact.js';

async function rpc() {
  return new Rpc({ grpc, redactor: new Redactor(), log: silentLogger, metrics: await createServeMetrics(new Registry()) });
}
const call = () => ({ on() {} });
const turn = () => new Promise((r) => setImmediate(r));

describe('Rpc', () => {
  it('starts at most 8 calls per event-loop turn, so answers leave while later calls wait their turn', async () => {
    const r = await rpc();
    let started = 0;
    const runs = Array.from({ length: 20 }, () => r.run('GetTask', 'get', call(), async () => void started++));
    expect(started).toBe(8);
    await turn();
    expect(started).toBe(16);
    await turn();
    expect(started).toBe(20);
    expect((await Promise.all(runs)).every((o) => o.ok)).toBe(true);
    expect(r.inFlight()).toBe(0);
  });

  it('a cancel after the answer (grpc-js emits one for every closed stream) aborts nothing', async () => {
    const r = await rpc();
    let cancel: () => void = () => {};
    let signal: AbortSignal | undefined;
    await r.run('GetTask', 'get', { on: (_e: string, fn: () => void) => void (cancel = fn) }, async (s) => void (signal = s));
    cancel();
    expect(signal!.aborted).toBe(false);
  });

  it('maps errors to statuses with redacted details', async () => {
    const redactor = new Redactor();
    redactor.add('s3cr3t-value');
    const r = new Rpc({ grpc, redactor, log: silentLogger, metrics: await createServeMetrics(new Registry()) });
    const fail = (err: unknown) => r.run('X', undefined, call(), async () => Promise.reject(err));
    expect(await fail(new ServeError('NOT_FOUND', 'no s3cr3t-value here'))).toEqual({ ok: false, status: { code: grpc.status.NOT_FOUND, details: 'no [REDACTED] here' } });
    expect(await fail(new Error('boom'))).toEqual({ ok: false, status: { code: grpc.status.INTERNAL, details: 'boom' } });
    expect(await fail(Object.assign(new Error('gone'), { name: 'AbortError' }))).toEqual({ ok: false, status: { code: grpc.status.CANCELLED, details: 'gone' } });
  });
});
