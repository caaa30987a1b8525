/**
 * The auto-refresh cache (Flyte's AutoRefresh cache, as used by webapi): an LRU of tracked resources,
 * a work queue, `workers` concurrent sync workers gated by the read limiter, and one resync ticker that
 * re-enqueues every tracked item every `resyncInterval`. A new item is synced at once (syncOnCreate).
 *
 * Fixes over Go: a throwing/rejecting sync never loses a worker, nor does one that never settles once its
 * owner stops tracking the item (the worker is replaced at once; the hung call's result is ignored); an
 * evicted item is reported to its owner (which rebuilds it later from its state) instead of silently
 * reporting a stale phase.
 *
 * The LRU is a Map kept in recency order (oldest first). lru-cache was used before, but its delete of the
 * last entry runs clear(), which refills its preallocated `caching.size`-long arrays: with the default
 * size of 100000 that cost ~150 µs per task whenever tasks ran one after the other (the cache emptying
 * each time). A Map gives O(1) set/touch/delete/evict-oldest without preallocation.
 */
import type { EngineMetrics } from './metrics.js';
import type { TokenBucket } from './token-bucket.js';
import type { Clock, TimerHandle } from './types.js';

/** A least-recently-used map bounded by `max`; `onEvict` is told about every entry evicted for room. */
class Lru<V> {
  private readonly map = new Map<string, V>();
  /** The key set or touched last: while present it is the most recent one, and touching it changes nothing. */
  private newest: string | undefined;

  constructor(
    private readonly max: number,
    private readonly onEvict: (value: V) => void,
  ) {}

  get size(): number {
    return this.map.size;
  }

  peek(key: string): V | undefined {
    return this.map.get(key);
  }

  /** Mark as most recently used. */
  touch(key: string): void {
    if (key === this.newest) return;
    const v = this.map.get(key);
    if (v === undefined) return;
    this.map.delete(key);
    this.map.set(key, v);
    this.newest = key;
  }

  set(key: string, value: V): void {
    const map = this.map;
    if (map.has(key)) map.delete(key);
    else if (map.size >= this.max) {
      const oldest = map.keys().next().value as string;
      const old = map.get(oldest)!;
      map.delete(oldest);
      this.onEvict(old);
    }
    map.set(key, value);
    this.newest = key;
  }

  delete(key: string): boolean {
    if (key === this.newest) this.newest = undefined;
    return this.map.delete(key);
  }

  /** Values, most recently used first. */
  valuesMostRecentFirst(): V[] {
    const out = [...this.map.values()];
    out.reverse();
    return out;
  }

  clear(): void {
    this.newest = undefined;
    this.map.clear();
  }
}

export interface CacheItem {
  readonly key: string;
  /** Set once the item left the cache (removed or evicted); queued references are then skipped. */
  gone: boolean;
  queued: boolean;
  processing: boolean;
  /** Removed while its sync was in flight and that worker replaced (set by `remove(item, true)`). */
  abandoned: boolean;
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
  private readonly lru: Lru<I>;
  private queue: (I | undefined)[] = [];
  private head = 0;
  private active = 0;
  private ticker: TimerHandle | undefined;
  private emptyCheck: ReturnType<typeof setImmediate> | undefined;
  private stopped = false;

  constructor(private readonly o: AutoRefreshOptions<I>) {
    this.lru = new Lru<I>(o.size, (item) => {
      item.gone = true;
      o.metrics.lruEvictions.inc();
      try {
        o.onEvict(item);
      } catch {
        /* an owner's bug must not break the cache */
      }
    });
    o.metrics.trackCacheSize(() => this.lru.size);
  }

  get size(): number {
    return this.lru.size;
  }

  get activeWorkers(): number {
    return this.active;
  }

  /** An item added now starts its sync within this call: a worker is free, nothing waits in the queue. */
  get syncsAtOnce(): boolean {
    return this.active < this.o.workers && this.head === this.queue.length && !this.stopped;
  }

  has(item: I): boolean {
    return this.lru.peek(item.key) === item;
  }

  /**
   * Track an item and sync it at once. Returns false (tracking nothing) when another live item has its
   * key: two tasks must never share a generated name.
   */
  add(item: I): boolean {
    if (this.stopped) return true;
    const other = this.lru.peek(item.key);
    if (other !== undefined && other !== item && !other.gone) return false;
    item.gone = false;
    this.lru.set(item.key, item);
    this.enqueue(item);
    this.arm();
    return true;
  }

  /**
   * Stop tracking an item (an in-flight sync of it finishes, but its result is ignored by the owner).
   * `releaseWorker`: when its sync is in flight, replace that worker now rather than wait for the sync,
   * which may never settle (the owner was interrupted, not ended by the sync itself).
   */
  remove(item: I, releaseWorker = false): void {
    item.gone = true;
    if (this.lru.peek(item.key) === item) {
      this.lru.delete(item.key);
    }
    if (releaseWorker && item.processing && !item.abandoned) {
      item.abandoned = true;
      this.active--;
      this.pump();
    }
    if (this.lru.size === 0) this.disarmSoon();
  }

  /**
   * The ticker of an empty cache stops at the end of the turn rather than at once: tasks run one after the
   * other empty and refill the cache within one turn, and clearing then re-arming a timer for each one
   * cost more than the rest of the cache's work for that task.
   */
  private disarmSoon(): void {
    if (this.emptyCheck !== undefined || this.ticker === undefined) return;
    this.emptyCheck = setImmediate(this.checkEmpty);
  }

  private readonly checkEmpty = (): void => {
    this.emptyCheck = undefined;
    if (this.lru.size === 0) this.disarm();
  };

  /** Stop the ticker and the workers (items already being synced finish). */
  stop(): void {
    this.stopped = true;
    this.disarm();
    if (this.emptyCheck !== undefined) clearImmediate(this.emptyCheck);
    this.emptyCheck = undefined;
    this.queue = [];
    this.head = 0;
    for (const item of this.lru.valuesMostRecentFirst()) item.gone = true;
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
    let replaced = false;
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
            this.lru.touch(item.key); // recency
            await this.o.sync(item);
          }
        } catch {
          // A plugin's throw is handled inside sync; anything reaching here is swallowed so the worker lives.
        } finally {
          item.processing = false;
        }
        if (item.abandoned) {
          // this worker was replaced while the sync hung: the replacement counts as active instead
          replaced = true;
          return;
        }
      }
    } finally {
      if (!replaced) {
        this.active--;
        this.pump();
      }
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
    for (const item of this.lru.valuesMostRecentFirst()) this.enqueue(item);
    if (this.lru.size > 0) this.arm();
  }
}
