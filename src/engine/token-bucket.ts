/**
 * A token bucket with the semantics of Go's golang.org/x/time/rate Limiter:
 * it refills continuously at `qps` tokens per second up to `burst`, starts full, and hands out
 * reservations in FIFO order (the token count may go negative; each reservation knows when it is due).
 * Waiting is a timer, so it never blocks other work.
 */
import { systemClock } from './clock.js';
import type { Clock } from './types.js';

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    readonly qps: number,
    readonly burst: number,
    private readonly clock: Clock = systemClock,
  ) {
    if (!(qps > 0)) throw new RangeError(`TokenBucket: qps must be > 0, got ${qps}`);
    if (!(burst >= 1)) throw new RangeError(`TokenBucket: burst must be ≥ 1, got ${burst}`);
    this.tokens = burst;
    this.last = clock.now();
  }

  /** Tokens available now (may be negative while reservations are outstanding). */
  available(): number {
    this.refill(this.clock.now());
    return this.tokens;
  }

  /** Take a token if one is available right now. Never waits. */
  tryTake(): boolean {
    this.refill(this.clock.now());
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    return false;
  }

  /**
   * Reserve one token and return how long (ms) to wait before using it: 0 when it is available now.
   * A reservation that is not used should be given back with `cancel()`.
   */
  reserve(): number {
    const now = this.clock.now();
    this.refill(now);
    this.tokens -= 1;
    if (this.tokens >= 0) return 0;
    if (this.qps === Infinity) return 0;
    return (-this.tokens * 1000) / this.qps;
  }

  /** Give back an unused reservation. */
  cancel(): void {
    this.refill(this.clock.now());
    this.tokens = Math.min(this.burst, this.tokens + 1);
  }

  /** Wait for a token. Rejects with the signal's reason if the signal aborts first (the token is given back). */
  wait(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    const delay = this.reserve();
    if (delay <= 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        this.clock.clearTimeout(handle);
        this.cancel();
        reject(abortReason(signal!));
      };
      const handle = this.clock.setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, delay);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private refill(now: number): void {
    const elapsed = now - this.last;
    this.last = now;
    if (elapsed > 0 && this.tokens < this.burst) {
      this.tokens = Math.min(this.burst, this.tokens + (elapsed * this.qps) / 1000);
    }
  }
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new Error('aborted');
}
