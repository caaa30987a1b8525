/**
 * JSON that keeps input and output values exactly, for the run record and `--json` documents.
 *
 *   bigint                      a JSON integer with every digit: 9007199254740993 (read back as a bigint)
 *   integer-valued number       beyond 2^53 and below 1e21, in exponent form (1.2345678901234567e+20),
 *                               so that it reads back as a number and not as a bigint
 *   NaN, Infinity, -Infinity,   {"$float": "NaN"}, {"$float": "Infinity"}, {"$float": "-Infinity"},
 *   -0                          {"$float": "-0"}: JSON has no literal for them
 *   {"$float": …} in the data   one more "$" on the key ({"$$float": …}), removed again on reading
 *
 * Reading (src/source/yaml.ts reads JSON exactly, integers beyond 2^53 as bigints) then `untagExact`
 * gives back the same values. Everything else is plain JSON.stringify.
 */
import { randomBytes } from 'node:crypto';

const FLOAT_TAG = '$float';
const ESCAPED_TAG = /^\$+float$/;
const SPECIAL: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity, '-0': -0 };

function floatTag(n: number): string | undefined {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  if (n === 0 && Object.is(n, -0)) return '-0';
  return undefined;
}

const singleKey = (v: object): string | undefined => {
  const keys = Object.keys(v);
  return keys.length === 1 ? keys[0] : undefined;
};

/** JSON text of `value`, keeping bigints and special floats exactly (see the table above). */
export function stringifyExact(value: unknown, indent?: number): string {
  const mark = `@@exact-${randomBytes(8).toString('hex')}:`;
  let raw = false;
  const made = new WeakSet<object>();
  const text = JSON.stringify(
    value,
    function (_key, v: unknown) {
      if (typeof v === 'bigint') {
        raw = true;
        return mark + v.toString();
      }
      if (typeof v === 'number') {
        const tag = floatTag(v);
        if (tag !== undefined) return { [FLOAT_TAG]: tag };
        if (Number.isInteger(v) && !Number.isSafeInteger(v) && Math.abs(v) < 1e21) {
          raw = true;
          return mark + v.toExponential();
        }
        return v;
      }
      if (v !== null && typeof v === 'object' && !Array.isArray(v) && !made.has(v)) {
        const k = singleKey(v);
        if (k !== undefined && ESCAPED_TAG.test(k)) {
          const escaped = { ['$' + k]: (v as Record<string, unknown>)[k] };
          made.add(escaped);
          return escaped;
        }
      }
      return v;
    },
    indent,
  );
  if (text === undefined) return 'null';
  return raw ? text.replace(new RegExp(`"${mark}([^"]*)"`, 'g'), '$1') : text;
}

/** The values `stringifyExact` tagged, back (in place for plain data just parsed). */
export function untagExact(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = untagExact(value[i]);
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  const k = singleKey(o);
  if (k === FLOAT_TAG && typeof o[k] === 'string' && Object.hasOwn(SPECIAL, o[k])) return SPECIAL[o[k]];
  if (k !== undefined && k !== FLOAT_TAG && ESCAPED_TAG.test(k)) return { [k.slice(1)]: untagExact(o[k]) };
  for (const key of Object.keys(o)) {
    const v = o[key];
    const u = untagExact(v);
    if (u !== v) Object.defineProperty(o, key, { value: u, enumerable: true, writable: true, configurable: true });
  }
  return o;
}
