/**
 * Go's time.Duration string syntax: "300ms", "1.5s", "2m30s", "1h", "-1m", "0".
 * Parsed to milliseconds (fractions of a millisecond are kept as fractions).
 */

const UNITS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  'µs': 1e-3,
  'μs': 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

const PART = /^(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/;

export class DurationError extends Error {
  constructor(readonly input: string) {
    super(`invalid duration "${input}": expected a Go duration such as 300ms, 1.5s, 2m30s or 1h`);
    this.name = 'DurationError';
  }
}

/** Parse a Go duration string to milliseconds. Throws DurationError on bad syntax. */
export function parseDuration(input: string): number {
  if (typeof input !== 'string') throw new DurationError(String(input));
  let s = input.trim();
  if (s === '') throw new DurationError(input);
  let sign = 1;
  if (s[0] === '-' || s[0] === '+') {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') throw new DurationError(input);
  let total = 0;
  while (s.length > 0) {
    const m = PART.exec(s);
    if (!m) throw new DurationError(input);
    total += Number(m[1]) * UNITS[m[2]!]!;
    s = s.slice(m[0].length);
  }
  if (!Number.isFinite(total)) throw new DurationError(input);
  return sign * total;
}

/** Is `input` a valid Go duration string? */
export function isDuration(input: unknown): input is string {
  if (typeof input !== 'string') return false;
  try {
    parseDuration(input);
    return true;
  } catch {
    return false;
  }
}

/** Format milliseconds the way Go's Duration.String() does: "1h2m3.5s", "300ms", "0s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`cannot format ${ms} as a duration`);
  if (ms === 0) return '0s';
  const neg = ms < 0;
  let ns = Math.round(Math.abs(ms) * 1e6);
  let out: string;
  if (ns < 1e9) {
    // sub-second: pick the largest unit that keeps an integer part
    if (ns < 1e3) out = `${ns}ns`;
    else if (ns < 1e6) out = `${trim(ns / 1e3)}µs`;
    else out = `${trim(ns / 1e6)}ms`;
  } else {
    const h = Math.floor(ns / 3.6e12);
    ns -= h * 3.6e12;
    const m = Math.floor(ns / 6e10);
    ns -= m * 6e10;
    const s = trim(ns / 1e9);
    out = h > 0 ? `${h}h${m}m${s}s` : m > 0 ? `${m}m${s}s` : `${s}s`;
  }
  return neg ? `-${out}` : out;
}

function trim(n: number): string {
  // up to 9 decimals, no trailing zeros (Go prints the exact value)
  return Number(n.toFixed(9)).toString();
}
