/**
 * "Did you mean …?": the one place that picks the closest known name, for unknown keys, environment
 * variables, --set paths and inputs, commands, files and (in serve) proto fields and enum values.
 */

/** Levenshtein edit distance (two-row dynamic programme). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

export interface ClosestOptions {
  /** The largest edit distance accepted. Default: 1 for words of up to 3 letters, else 2 or a third of the word's length. */
  maxDistance?: number;
}

/**
 * The closest candidate, if it is close enough: case differences are free-ish (distance on the
 * lower-cased strings), and the allowed distance grows with the length of the word.
 */
export function closest(word: string, candidates: readonly string[], opts: ClosestOptions = {}): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const lc = c.toLowerCase();
    let d = levenshtein(w, lc);
    if (d > 0 && (lc.startsWith(w) || w.startsWith(lc)) && Math.min(w.length, lc.length) >= 4) d = Math.min(d, 2);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = opts.maxDistance ?? (w.length <= 3 ? 1 : Math.max(2, Math.floor(w.length / 3)));
  return best !== undefined && bestD <= limit ? best : undefined;
}

/** 'did you mean "x"?', or undefined when nothing is close. */
export function didYouMean(word: string, candidates: readonly string[], opts?: ClosestOptions): string | undefined {
  const c = closest(word, candidates, opts);
  return c === undefined ? undefined : `did you mean "${c}"?`;
}
