/** "Did you mean": the closest known name by edit distance, when it is close enough. */

export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[n]!;
}

export function closest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const cl = c.toLowerCase();
    if (cl === w) return c;
    const d = editDistance(w, cl);
    const close = d <= Math.max(1, Math.floor(Math.max(w.length, c.length) / 3)) || cl.startsWith(w) || w.startsWith(cl);
    if (close && d < bestScore) {
      best = c;
      bestScore = d;
    }
  }
  return best;
}
