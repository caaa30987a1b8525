import { describe, expect, test } from 'vitest';
import { ResourceManager } from '../../src/engine/index.js';

const A = { project: 'a', domain: 'dev' };
const B = { project: 'b', domain: 'dev' };

describe('ResourceManager (quotas)', () => {
  test('grants up to the quota, then waiters are served FIFO as tokens free', async () => {
    const rm = new ResourceManager({ default: 2 });
    expect(rm.tryAcquire('default', 't1', A)).toBe(true);
    expect(rm.tryAcquire('default', 't2', A)).toBe(true);
    expect(rm.tryAcquire('default', 't3', A)).toBe(false);
    const order: string[] = [];
    const w3 = rm.enqueue('default', 't3', A);
    const w4 = rm.enqueue('default', 't4', A);
    void w3.promise.then(() => order.push('t3'));
    void w4.promise.then(() => order.push('t4'));
    // a newcomer does not overtake the queue
    expect(rm.tryAcquire('default', 't5', A)).toBe(false);
    rm.release('default', 't1');
    await Promise.resolve();
    expect(order).toEqual(['t3']);
    rm.release('default', 't2');
    await Promise.resolve();
    expect(order).toEqual(['t3', 't4']);
    expect(rm.inUse('default')).toBe(2);
  });

  test('allocation is idempotent per token and release happens exactly once', () => {
    const rm = new ResourceManager({ default: 1 });
    expect(rm.tryAcquire('default', 't1', A)).toBe(true);
    expect(rm.tryAcquire('default', 't1', A)).toBe(true);
    expect(rm.release('default', 't1')).toBe(true);
    expect(rm.release('default', 't1')).toBe(false);
    expect(rm.inUse('default')).toBe(0);
  });

  test('project and namespace constraints: a blocked waiter does not hold up others that fit', async () => {
    const rm = new ResourceManager({ default: 10 });
    const proj = { projectScopeResourceConstraint: { value: 1 } };
    expect(rm.tryAcquire('default', 'a1', A, proj)).toBe(true);
    expect(rm.tryAcquire('default', 'a2', A, proj)).toBe(false);
    const a2 = rm.enqueue('default', 'a2', A, proj);
    let a2done = false;
    void a2.promise.then(() => (a2done = true));
    // project b is not capped by project a's count
    expect(rm.tryAcquire('default', 'b1', B, proj)).toBe(true);
    await Promise.resolve();
    expect(a2done).toBe(false);
    rm.release('default', 'a1');
    await Promise.resolve();
    expect(a2done).toBe(true);

    const nsc = { namespaceScopeResourceConstraint: { value: 1 } };
    const rm2 = new ResourceManager({ default: 10 });
    expect(rm2.tryAcquire('default', 'x1', { project: 'p', domain: 'dev' }, nsc)).toBe(true);
    expect(rm2.tryAcquire('default', 'x2', { project: 'p', domain: 'dev' }, nsc)).toBe(false);
    expect(rm2.tryAcquire('default', 'x3', { project: 'p', domain: 'prod' }, nsc)).toBe(true);
  });

  test('a cancelled waiter leaves the queue; a granted-then-cancelled one gives its token back', async () => {
    const rm = new ResourceManager({ default: 1 });
    rm.tryAcquire('default', 't1', A);
    const w2 = rm.enqueue('default', 't2', A);
    const w3 = rm.enqueue('default', 't3', A);
    w2.cancel();
    expect(rm.waiting('default')).toBe(1);
    rm.release('default', 't1');
    await w3.promise;
    w3.cancel();
    expect(rm.inUse('default')).toBe(0);
  });

  test('force grants over the quota (resumed tasks whose remote job exists)', () => {
    const rm = new ResourceManager({ default: 1 });
    rm.tryAcquire('default', 't1', A);
    expect(rm.tryAcquire('default', 't2', A, undefined, true)).toBe(true);
    expect(rm.inUse('default')).toBe(2);
  });
});
