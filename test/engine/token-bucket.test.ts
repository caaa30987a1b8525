import { describe, expect, test } from 'vitest';
import { FakeClock, TokenBucket } from '../../src/engine/index.js';

describe('TokenBucket (x/time/rate semantics)', () => {
  test('starts full: a burst is available at once, then tokens refill at qps', async () => {
    const clock = new FakeClock();
    const b = new TokenBucket(10, 5, clock);
    for (let i = 0; i < 5; i++) expect(b.tryTake()).toBe(true);
    expect(b.tryTake()).toBe(false);
    await clock.advance(100);
    expect(b.tryTake()).toBe(true);
    expect(b.tryTake()).toBe(false);
  });

  test('never refills above burst', async () => {
    const clock = new FakeClock();
    const b = new TokenBucket(100, 3, clock);
    await clock.advance(60_000);
    expect(b.available()).toBe(3);
  });

  test('reservations are FIFO and each is due exactly when its token refills', async () => {
    const clock = new FakeClock();
    const b = new TokenBucket(2, 1, clock); // one token per 500 ms
    const t0 = clock.now();
    const done: [number, number][] = [];
    const waits = [0, 1, 2, 3].map((i) => b.wait().then(() => done.push([i, clock.now() - t0])));
    await clock.until(Promise.all(waits));
    expect(done).toEqual([
      [0, 0],
      [1, 500],
      [2, 1000],
      [3, 1500],
    ]);
  });

  test('conformance: over t seconds at most burst + qps·t tokens are granted, and that many are', async () => {
    const clock = new FakeClock();
    const qps = 30;
    const burst = 300;
    const b = new TokenBucket(qps, burst, clock);
    const t0 = clock.now();
    let granted = 0;
    // 8 concurrent takers, like cache workers, for 10 s of fake time
    const worker = async () => {
      while (clock.now() - t0 < 10_000) {
        await b.wait();
        if (clock.now() - t0 <= 10_000) granted++;
      }
    };
    await clock.until(Promise.all(Array.from({ length: 8 }, worker)));
    const expected = burst + qps * 10;
    expect(granted).toBeLessThanOrEqual(expected);
    expect(granted / expected).toBeGreaterThanOrEqual(0.98);
  });

  test('a cancelled wait gives its token back (as in Go, reservations already made keep their time)', async () => {
    const clock = new FakeClock();
    const b = new TokenBucket(1, 1, clock);
    const t0 = clock.now();
    expect(b.tryTake()).toBe(true);
    const ac = new AbortController();
    const first = b.wait(ac.signal); // due at +1 s
    const second = b.wait(); // due at +2 s
    ac.abort('stop');
    await expect(first).rejects.toBe('stop');
    const third = b.wait(); // takes the returned token: due at +2 s, not +3 s
    const at: number[] = [];
    await clock.until(Promise.all([second.then(() => at.push(clock.now() - t0)), third.then(() => at.push(clock.now() - t0))]));
    expect(at).toEqual([2000, 2000]);
  });

  test('waiting does not block other work', async () => {
    const clock = new FakeClock();
    const b = new TokenBucket(1, 1, clock);
    b.tryTake();
    let waited = false;
    void b.wait().then(() => (waited = true));
    let other = false;
    await Promise.resolve().then(() => (other = true));
    expect(other).toBe(true);
    expect(waited).toBe(false);
    await clock.advance(1000);
    expect(waited).toBe(true);
  });

  test('rejects nonsense limits', () => {
    expect(() => new TokenBucket(0, 1)).toThrow(/qps/);
    expect(() => new TokenBucket(1, 0)).toThrow(/burst/);
  });
});
