/**
 * The environment layer: WEBAPI_PLUGIN_<PATH> variables (WEBAPI_PLUGIN_CACHING_SIZE=500,
 * WEBAPI_PLUGIN_RESOURCEQUOTAS=default=2,gpu=1). A variable with the prefix that is close to a known
 * name is reported as a likely typo (a warning: it is ignored, not an error).
 */
import type { Problem } from '../source/problem.js';
import { closest } from '../util/suggest.js';
import { ENV_PREFIX, PLUGIN_CONFIG_FIELDS } from './fields.js';
import type { ConfigIssue } from './ranges.js';
import { stringEntries, type Entry } from './values.js';

export function readEnv(env: Record<string, string | undefined>, problems: Problem[], warnings: ConfigIssue[]): Entry[] {
  const out: Entry[] = [];
  const known = PLUGIN_CONFIG_FIELDS.map((f) => f.env);
  for (const f of PLUGIN_CONFIG_FIELDS) {
    const raw = env[f.env];
    if (raw === undefined || raw === '') continue;
    out.push(...stringEntries(f, raw, `env:${f.env}`, f.env, `environment variable ${f.env}`, problems));
  }
  for (const name of Object.keys(env)) {
    if (!name.startsWith(ENV_PREFIX) || known.includes(name)) continue;
    const c = closest(name, known);
    if (c) warnings.push({ path: name, value: env[name], message: `environment variable ${name} is not a config variable (ignored); did you mean ${c}?`, origin: `env:${name}` });
  }
  return out;
}
