/**
 * Resource quotas (Flyte's resource manager, with a FIFO wait instead of polling).
 * Each namespace has a quota of allocation tokens; a token is an attempt's generated name. Optional
 * project and project+domain constraints cap how many tokens one project (or project/domain) holds.
 * Waiters are served in FIFO order among those whose constraints allow a grant; nobody spins.
 */
import type { ResourceConstraintsSpec } from '../plugin/plugin.js';

export interface TokenOwner {
  project: string;
  domain: string;
}

interface Holder extends TokenOwner {
  token: string;
}

interface Waiter {
  token: string;
  owner: TokenOwner;
  constraints: ResourceConstraintsSpec | undefined;
  resolve: () => void;
  done: boolean;
}

class Namespace {
  readonly holders = new Map<string, Holder>();
  readonly byProject = new Map<string, number>();
  readonly byProjectDomain = new Map<string, number>();
  readonly waiters: Waiter[] = [];
  constructor(readonly quota: number) {}

  fits(owner: TokenOwner, c: ResourceConstraintsSpec | undefined): boolean {
    if (this.holders.size >= this.quota) return false;
    const p = c?.projectScopeResourceConstraint?.value;
    if (p !== undefined && (this.byProject.get(owner.project) ?? 0) >= p) return false;
    const n = c?.namespaceScopeResourceConstraint?.value;
    if (n !== undefined && (this.byProjectDomain.get(pd(owner)) ?? 0) >= n) return false;
    return true;
  }

  grant(token: string, owner: TokenOwner): void {
    this.holders.set(token, { token, project: owner.project, domain: owner.domain });
    inc(this.byProject, owner.project, 1);
    inc(this.byProjectDomain, pd(owner), 1);
  }
}

function pd(o: TokenOwner): string {
  return `${o.project}\u0000${o.domain}`;
}

function inc(m: Map<string, number>, k: string, d: number): void {
  const v = (m.get(k) ?? 0) + d;
  if (v <= 0) m.delete(k);
  else m.set(k, v);
}

export interface PendingAllocation {
  promise: Promise<void>;
  /** Leave the queue (no token is held afterwards). */
  cancel(): void;
}

export class ResourceManager {
  private readonly namespaces = new Map<string, Namespace>();

  constructor(quotas: Record<string, number>) {
    for (const [ns, q] of Object.entries(quotas)) this.namespaces.set(ns, new Namespace(q));
  }

  has(namespace: string): boolean {
    return this.namespaces.has(namespace);
  }

  names(): string[] {
    return [...this.namespaces.keys()];
  }

  /** Tokens held in a namespace. */
  inUse(namespace: string): number {
    return this.namespaces.get(namespace)?.holders.size ?? 0;
  }

  /** Waiters queued in a namespace. */
  waiting(namespace: string): number {
    return this.namespaces.get(namespace)?.waiters.length ?? 0;
  }

  /**
   * Grant at once if possible (or if this token is already held: allocation is idempotent).
   * `force` grants even over the quota (a resumed task whose remote job already exists).
   */
  tryAcquire(namespace: string, token: string, owner: TokenOwner, constraints?: ResourceConstraintsSpec, force = false): boolean {
    const ns = this.ns(namespace);
    if (ns.holders.has(token)) return true;
    // After every grant/release `pump` has served every waiter that fits, so a request that fits now
    // does not overtake any eligible waiter.
    if (force || ns.fits(owner, constraints)) {
      ns.grant(token, owner);
      return true;
    }
    return false;
  }

  /** Queue for a token; resolves when granted. */
  enqueue(namespace: string, token: string, owner: TokenOwner, constraints?: ResourceConstraintsSpec): PendingAllocation {
    const ns = this.ns(namespace);
    let waiter!: Waiter;
    const promise = new Promise<void>((resolve) => {
      waiter = { token, owner, constraints, resolve, done: false };
    });
    ns.waiters.push(waiter);
    this.pump(ns);
    return {
      promise,
      cancel: () => {
        if (waiter.done) {
          // granted but the caller no longer wants it
          this.release(namespace, token);
          return;
        }
        waiter.done = true;
        const i = ns.waiters.indexOf(waiter);
        if (i >= 0) ns.waiters.splice(i, 1);
      },
    };
  }

  /** Release a token. Returns false if it was not held (so a double release is visible). */
  release(namespace: string, token: string): boolean {
    const ns = this.namespaces.get(namespace);
    const h = ns?.holders.get(token);
    if (!ns || !h) return false;
    ns.holders.delete(token);
    inc(ns.byProject, h.project, -1);
    inc(ns.byProjectDomain, pd(h), -1);
    this.pump(ns);
    return true;
  }

  private ns(namespace: string): Namespace {
    const ns = this.namespaces.get(namespace);
    if (!ns) throw new RangeError(`unknown quota namespace "${namespace}"`);
    return ns;
  }

  /** Grant, in FIFO order, every waiter that fits. */
  private pump(ns: Namespace): void {
    if (ns.waiters.length === 0) return;
    let i = 0;
    while (i < ns.waiters.length && ns.holders.size < ns.quota) {
      const w = ns.waiters[i]!;
      if (ns.fits(w.owner, w.constraints)) {
        ns.waiters.splice(i, 1);
        w.done = true;
        ns.grant(w.token, w.owner);
        w.resolve();
      } else i++;
    }
  }
}
