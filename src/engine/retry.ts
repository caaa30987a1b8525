/**
 * Backoff between tries of a plugin write call (create, do, delete) and of a state write: base·2^n, capped,
 * with "equal jitter" (half fixed, half random). Flyte's engine never retries these itself (propeller's
 * next round or task retry does); we retry transient errors first, then end the attempt as Flyte would.
 */

export const RETRY_BACKOFF = Object.freeze({ baseMs: 1000, capMs: 30_000 });

/** The delay before retry number `retry` (0-based), given a uniform [0,1) random. */
export function backoff(random: () => number, retry: number): number {
  const exp = Math.min(RETRY_BACKOFF.capMs, RETRY_BACKOFF.baseMs * 2 ** retry);
  return Math.round(exp / 2 + (exp / 2) * random());
}
