/**
 * What a config module (webapi-plugin.config.{js,mjs,ts}) exports, turned into plain data before anything
 * reads it, so that whatever it holds is a ConfigError naming the file and the field (exit 2), never an
 * internal error later: a bigint (`size: 10n`), a getter that throws, a circular reference, a symbol.
 * Everything else is copied as it is (the schema then says what is wrong with it).
 */
import { ConfigError } from './errors.js';

const MAX_DEPTH = 64;

export function plainConfigData(value: unknown, file: string): unknown {
  const fail = (path: string, message: string, hint?: string) =>
    new ConfigError({ message: `config file ${file}: ${path || 'the default export'} ${message}`, location: path ? `${file} (${path})` : file, ...(hint && { hint }) }, 'config file');
  const seen = new Set<object>();
  const copy = (v: unknown, path: string, depth: number): unknown => {
    if (typeof v === 'bigint') throw fail(path, `is a bigint (${v}n)`, `write a number: ${v}`);
    if (typeof v === 'symbol') throw fail(path, 'is a symbol', 'write a string');
    if (typeof v !== 'object' || v === null) return v;
    if (depth > MAX_DEPTH) throw fail(path, `is nested more than ${MAX_DEPTH} levels deep`);
    if (seen.has(v)) throw fail(path, 'refers back to itself (a circular reference)');
    seen.add(v);
    try {
      if (Array.isArray(v)) return v.map((x, i) => copy(x, `${path}[${i}]`, depth + 1));
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v)) {
        const at = path ? `${path}.${k}` : k;
        let x: unknown;
        try {
          x = (v as Record<string, unknown>)[k];
        } catch (e) {
          throw fail(at, `cannot be read: its getter threw: ${e instanceof Error ? e.message : String(e)}`, 'export plain values');
        }
        // "__proto__" stays a data key (the schema then refuses it)
        Object.defineProperty(out, k, { value: copy(x, at, depth + 1), enumerable: true, writable: true, configurable: true });
      }
      return out;
    } finally {
      seen.delete(v);
    }
  };
  return copy(value, '', 0);
}
