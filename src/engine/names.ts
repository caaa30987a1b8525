/**
 * Generated names: the idempotency key of one attempt (Flyte's TaskExecutionID.GetGeneratedName).
 *
 * Rule: take `<execution.name>-<attempt>` (attempt is 0-based). If that is already a DNS label
 * (lowercase a–z, 0–9 and '-', starting and ending with a letter or digit) of at most 50 characters,
 * it is the name. Otherwise it is lowercased, every run of other characters becomes '-', it is cut to
 * 41 characters and `-<first 8 hex digits of sha256(<execution.name>-<attempt>)>` is appended — so
 * names that had to be changed cannot collide, and the result is always ≤ 50 characters.
 * The same execution name therefore always gives the same names, attempt by attempt, across runs.
 */
import { createHash } from 'node:crypto';

export const MAX_GENERATED_NAME_LENGTH = 50;
const LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;

export function generatedName(executionName: string, attempt: number): string {
  const raw = `${executionName}-${attempt}`;
  if (raw.length <= MAX_GENERATED_NAME_LENGTH && LABEL.test(raw)) return raw;
  const hash = createHash('sha256').update(raw).digest('hex').slice(0, 8);
  const readable = raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, MAX_GENERATED_NAME_LENGTH - hash.length - 1)
    .replace(/-+$/, '');
  return readable ? `${readable}-${hash}` : `t-${hash}`;
}
