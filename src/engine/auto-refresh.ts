/**
 * The auto-refresh cache (Flyte's AutoRefresh cache, as used by webapi): an LRU of tracked resources,
 * a work queue, `workers` concurrent sync workers gated by the read limiter, and one resync ticker that
 * re-enqueues every tracked item every `resyncInterval`. A new item is synced at once (syncOnCreate).
 *
 * Fixes over Go: a throwing/rejecting sync never loses a worker; an evicted item is reported to its
 * owner (which rebuilds it later from its state) instead of silently reporting a stale phase.
 */
import { LRUCache } from 'lru-cache';
import type { EngineMetrics } from './metrics.js';
import type { TokenBucket } from './token-bucket.js';
import type { Clock, TimerHandle } from './types.js';

export interface CacheItem {
  readonly key: string;
  /** Set once the item left the cache (removed or evicted); queued references are then skipped. */
  gone: boolean;
  queued: boolean;
  processing: boolean;
}

export interface AutoRefreshOptions<I extends CacheItem> {
  size: number;
  workers: number;
  resyncMs: number;
  clock: Clock;
  readLimiter: TokenBucket;
  metrics: EngineMetrics;
  /** One sync of one item (get + status). Errors are the caller's business; a throw here is swallowed. */
  sync: (item: I) => Promise<void>;
  /** Called when the LRU evicts a live item. */
  onEvict: (item: I) => void;
}

export class AutoRefreshCache<I extends CacheItem> {
  private readonly lru: LRUCache<string, I>;
  private queue: (I | undefined)[] = [];
  private head = 0;
  private active = 0;
  private ticker: TimerHandle | undefined;
  private stopped = false;

  constructor(private readonly o: AutoRefreshOptions<I>) {
    this.lru = new LRUCache<string, I>({
      max: o.size,
      dispose: (item, _key, reason) => {
        if (reason !== 'evict') return;
        item.gone = true;
        o.metrics.lruEvictions.inc();
        try {
          o.onEvict(item);
        } catch {
          /* an owner's bug must not break the cache */
        }
      },
    });
  }

  get size(): number {
    return this.lru.size;
  }

  get activeWorkers(): number {
    return this.active;
  }

  has(item: I): boolean {
    return this.lru.peek(item.key) === item;
  }

  /** Track an item and sync it at once. */
  add(item: I): void {
    if (this.stopped) return;
    item.gone = false;
    this.lru.set(item.key, item);
    this.o.metrics.cacheSize.set(this.lru.size);
    this.enqueue(item);
    this.arm();
  }

  /** Stop tracking an item (an in-flight sync of it finishes, but its result is ignored by the owner). */
  remove(item: I): void {
    item.gone = true;
    if (this.lru.peek(item.key) === item) {
      this.lru.delete(item.key);
      this.o.metrics.cacheSize.set(this.lru.size);
    }
    if (this.lru.size === 0) this.disarm();
  }

  /** Stop the ticker and the workers (items already being synced finish). */
  stop(): void {
    this.stopped = true;
    this.disarm();
    this.queue = [];
    this.head = 0;
    for (const item of this.lru.values()) item.gone = true;
    this.lru.clear();
  }

  private enqueue(item: I): void {
    if (item.queued || item.processing || item.gone) return;
    item.queued = true;
    this.queue.push(item);
    this.pump();
  }

  private pump(): void {
    while (this.active < this.o.workers && this.head < this.queue.length && !this.stopped) {
      this.active++;
      void this.work();
    }
  }

  private take(): I | undefined {
    while (this.head < this.queue.length) {
      const item = this.queue[this.head];
      this.queue[this.head++] = undefined;
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue = this.queue.slice(this.head);
        this.head = 0;
      }
      if (!item) continue;
      item.queued = false;
      if (!item.gone) return item;
    }
    return undefined;
  }

  private async work(): Promise<void> {
    try {
      for (;;) {
        if (this.stopped) return;
        const item = this.take();
        if (!item) return;
        item.processing = true;
        try {
          if (!this.o.readLimiter.tryTake()) {
            const delay = this.o.readLimiter.reserve();
            if (delay > 0) await new Promise<void>((resolve) => this.o.clock.setTimeout(resolve, delay));
          }
          if (!item.gone && !this.stopped) {
            this.lru.get(item.key); // recency
            await this.o.sync(item);
          }
        } catch {
          // A plugin's throw is handled inside sync; anything reaching here is swallowed so the worker lives.
        } finally {
          item.processing = false;
        }
      }
    } finally {
      this.active--;
      this.pump();
    }
  }

  private arm(): void {
    if (this.ticker !== undefined || this.stopped) return;
    this.ticker = this.o.clock.setTimeout(() => this.tick(), this.o.resyncMs);
  }

  private disarm(): void {
    if (this.ticker !== undefined) this.o.clock.clearTimeout(this.ticker);
    this.ticker = undefined;
  }

  private tick(): void {
    this.ticker = undefined;
    if (this.stopped) return;
    for (const item of this.lru.values()) this.enqueue(item);
    if (this.lru.size > 0) this.arm();
  }
}
