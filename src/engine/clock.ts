/**
 * Injected time: `systemClock` for real runs, `FakeClock` for tests (time only moves when the test says so).
 * The system clock takes any delay: Node's timers hold at most 2^31−1 ms (≈ 24.8 days) and fire a longer
 * one after 1 ms with a TimeoutOverflowWarning, so a longer delay is waited for in steps of that size
 * (a 900h timeout, a 1e-7 qps limiter, a huge resyncInterval then wait as long as they say).
 */
import type { Clock, TimerHandle } from './types.js';

/** The longest delay one Node timer can hold. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** The timer functions the system clock uses (injectable to test the long-delay steps). */
export interface TimerFunctions {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** A delay longer than one Node timer: re-armed in steps until it is due. */
class LongTimer {
  handle: unknown;
  constructor(
    readonly due: number,
    readonly fn: () => void,
  ) {}
}

/** A clock on Date.now and the given timers (default: the global ones). */
export function createSystemClock(timers: TimerFunctions = globalThis as unknown as TimerFunctions, now: () => number = Date.now): Clock {
  const step = (t: LongTimer): void => {
    const left = t.due - now();
    if (left <= MAX_TIMER_MS) t.handle = timers.setTimeout(t.fn, Math.max(0, left));
    else t.handle = timers.setTimeout(() => step(t), MAX_TIMER_MS);
  };
  return Object.freeze({
    now,
    setTimeout(fn: () => void, ms: number): TimerHandle {
      if (ms <= MAX_TIMER_MS) return timers.setTimeout(fn, ms > 0 ? ms : 0);
      if (Number.isNaN(ms)) return timers.setTimeout(fn, 0);
      const t = new LongTimer(now() + ms, fn);
      step(t);
      return t;
    },
    clearTimeout(handle: TimerHandle): void {
      timers.clearTimeout(handle instanceof LongTimer ? handle.handle : handle);
    },
  });
}

/** The real clock (Date.now + global timers, any delay). */
export const systemClock: Clock = createSystemClock();

interface FakeTimer {
  id: number;
  at: number;
  seq: number;
  fn: () => void;
}

/** Let every queued microtask (and promise chains that only depend on them) run. */
export async function flushMicrotasks(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * A deterministic clock for tests. Timers fire in (time, creation) order, and microtasks are flushed
 * before and after each timer, so async code driven by the timers settles before time moves on.
 */
export class FakeClock implements Clock {
  private current: number;
  private seq = 0;
  private nextId = 1;
  private readonly timers = new Map<number, FakeTimer>();

  constructor(start = Date.UTC(2024, 0, 1)) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const id = this.nextId++;
    if (ms === Infinity) return id; // never due
    const delay = Number.isFinite(ms) && ms > 0 ? ms : 0;
    this.timers.set(id, { id, at: this.current + delay, seq: this.seq++, fn });
    return id;
  }

  clearTimeout(handle: TimerHandle): void {
    this.timers.delete(handle as number);
  }

  /** Number of timers not yet fired. */
  pending(): number {
    return this.timers.size;
  }

  /** Time of the next timer, if any. */
  nextAt(): number | undefined {
    return this.next()?.at;
  }

  /** Flush microtasks without moving time. */
  flush(): Promise<void> {
    return flushMicrotasks();
  }

  /** Move time forward by `ms`, firing every timer due on the way, in order. */
  async advance(ms: number): Promise<void> {
    await this.advanceTo(this.current + ms);
  }

  /** Move time forward to `t`, firing every timer due on the way, in order. */
  async advanceTo(t: number): Promise<void> {
    await flushMicrotasks();
    for (;;) {
      const n = this.next();
      if (!n || n.at > t) break;
      await this.fire(n);
    }
    if (t > this.current) this.current = t;
    await flushMicrotasks();
  }

  /** Fire timers until none are left (throws after `limit` timers: something keeps re-arming). */
  async runAll(limit = 100_000): Promise<void> {
    await flushMicrotasks();
    for (let i = 0; ; i++) {
      const n = this.next();
      if (!n) return;
      if (i >= limit) throw new Error(`FakeClock.runAll: still ${this.timers.size} timer(s) after ${limit} fired`);
      await this.fire(n);
    }
  }

  /**
   * Fire timers in order until `promise` settles; returns its value (or throws its error).
   * Fails if no timer is left while it is still pending, or after `maxMs` of fake time.
   */
  async until<T>(promise: Promise<T>, maxMs = 7 * 24 * 3_600_000): Promise<T> {
    let settled = false;
    const observed = promise.then(
      (v) => {
        settled = true;
        return v;
      },
      (e: unknown) => {
        settled = true;
        throw e;
      },
    );
    observed.catch(() => undefined);
    const deadline = this.current + maxMs;
    await flushMicrotasks();
    while (!settled) {
      const n = this.next();
      if (!n) throw new Error('FakeClock.until: the promise is still pending and no timer is left');
      if (n.at > deadline) throw new Error(`FakeClock.until: still pending after ${maxMs} ms of fake time`);
      await this.fire(n);
    }
    return observed;
  }

  private next(): FakeTimer | undefined {
    let best: FakeTimer | undefined;
    for (const t of this.timers.values()) {
      if (!best || t.at < best.at || (t.at === best.at && t.seq < best.seq)) best = t;
    }
    return best;
  }

  private async fire(t: FakeTimer): Promise<void> {
    this.timers.delete(t.id);
    if (t.at > this.current) this.current = t.at;
    t.fn();
    await flushMicrotasks();
  }
}
