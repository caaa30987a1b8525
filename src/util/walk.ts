/**
 * One walk over data about to be rendered: a copy with every string (keys included) passed through a
 * function. Used for redacting secrets (./redact.ts) and escaping control characters (./terminal.ts)
 * before a display, a JSON document or a YAML dump serializes the data.
 *
 * Arrays, plain objects, null-prototype objects and class instances (their own enumerable fields, which
 * is what JSON shows of them) are copied; so are Maps, Sets and Errors. Numbers, bigints, booleans,
 * dates, byte arrays and functions are kept as they are. A getter that throws reads as "[unreadable]";
 * a circular reference maps to the same copy.
 */

export function mapStrings(value: unknown, fn: (s: string) => string): unknown {
  return walk(value, fn, new Map());
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  // "__proto__" as a data key must stay a data key (assignment would change the prototype)
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function walk(value: unknown, fn: (s: string) => string, seen: Map<object, unknown>): unknown {
  if (typeof value === 'string') return fn(value);
  if (typeof value !== 'object' || value === null) return value;
  const done = seen.get(value);
  if (done !== undefined) return done;
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer || value instanceof Date || value instanceof RegExp) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (let i = 0; i < value.length; i++) out.push(walk(value[i], fn, seen));
    return out;
  }
  if (value instanceof Map) {
    const out = new Map<unknown, unknown>();
    seen.set(value, out);
    for (const [k, v] of value) out.set(walk(k, fn, seen), walk(v, fn, seen));
    return out;
  }
  if (value instanceof Set) {
    const out = new Set<unknown>();
    seen.set(value, out);
    for (const v of value) out.add(walk(v, fn, seen));
    return out;
  }
  if (value instanceof Error) {
    const e = new Error(fn(value.message));
    seen.set(value, e);
    e.name = fn(value.name);
    e.stack = value.stack === undefined ? undefined : fn(value.stack);
    for (const [k, v] of ownEntries(value)) if (k !== 'message' && k !== 'stack' && k !== 'name') define(e as unknown as Record<string, unknown>, fn(k), walk(v, fn, seen));
    if (value.cause !== undefined) (e as { cause?: unknown }).cause = walk(value.cause, fn, seen);
    return e;
  }
  const out: Record<string, unknown> = Object.getPrototypeOf(value) === null ? (Object.create(null) as Record<string, unknown>) : {};
  seen.set(value, out);
  for (const [k, v] of ownEntries(value)) {
    // an own toJSON would decide what JSON shows, unredacted: the copy shows the fields instead
    if (k === 'toJSON' && typeof v === 'function') continue;
    define(out, fn(k), walk(v, fn, seen));
  }
  return out;
}

/** Own enumerable string-keyed fields; a throwing getter reads as "[unreadable]". */
function ownEntries(o: object): [string, unknown][] {
  return Object.keys(o).map((k) => {
    try {
      return [k, (o as Record<string, unknown>)[k]];
    } catch {
      return [k, '[unreadable]'];
    }
  });
}
