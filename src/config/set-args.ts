/**
 * `--set <path>=<value>` for PluginConfig: a path under a section (caching.size, resourceQuotas.gpu),
 * optionally behind `webApi.` (every plugin) or `plugins.<id>.webApi.` (one plugin). Values are
 * coerced and checked like the named flags; reserved names never reach an object.
 */
import type { Problem } from '../source/problem.js';
import { didYouMean } from '../util/suggest.js';
import { fieldByPath, PLUGIN_CONFIG_FIELDS } from './fields.js';
import { coerce, FORBIDDEN_KEYS, QUOTAS, stringEntries, type Entry } from './values.js';

const SET_EXAMPLE = 'e.g. --set caching.size=500, --set resourceQuotas.default=2, --set plugins.<plugin id>.webApi.caching.workers=4';

/** Parse one --set argument into entries (and the plugin id it is limited to, if any). */
export function parseSet(arg: string, problems: Problem[]): { pluginId?: string; entries: Entry[] } {
  const eq = arg.indexOf('=');
  const location = `--set ${arg}`;
  if (eq <= 0) {
    problems.push({ message: `--set ${JSON.stringify(arg)}: expected <path>=<value>`, location: '--set', hint: SET_EXAMPLE });
    return { entries: [] };
  }
  const path = arg.slice(0, eq).trim();
  const raw = arg.slice(eq + 1);
  let segs = path.split('.');
  const bad = segs.find((s) => s === '' || FORBIDDEN_KEYS.has(s));
  if (bad !== undefined) {
    problems.push({ message: `--set: the path ${JSON.stringify(path)} is not allowed (${bad === '' ? 'empty segment' : `"${bad}" is a reserved name`})`, location, hint: SET_EXAMPLE });
    return { entries: [] };
  }
  let pluginId: string | undefined;
  if (segs[0] === 'plugins' && segs.length >= 4 && segs[2] === 'webApi') {
    pluginId = segs[1];
    segs = segs.slice(3);
  } else if (segs[0] === 'webApi' && segs.length >= 2) {
    segs = segs.slice(1);
  }
  const origin = `flag:--set ${path}`;
  const scoped = (entries: Entry[]) => ({ ...(pluginId ? { pluginId } : {}), entries });
  if (segs[0] === 'resourceQuotas' && segs.length === 2) {
    const ns = segs[1]!;
    const r = coerce(QUOTAS, `${ns}=${raw}`);
    if (!r.ok) {
      problems.push({ message: `--set ${path} = ${JSON.stringify(raw)} is invalid: expected a positive integer (the number of tasks allowed at once)`, location });
      return { entries: [] };
    }
    return scoped([{ key: `resourceQuotas.${ns}`, segs: ['resourceQuotas', ns], value: (r.value as Record<string, number>)[ns], origin }]);
  }
  const field = fieldByPath(segs.join('.'));
  if (!field) {
    const candidates = [...PLUGIN_CONFIG_FIELDS.filter((f) => f.type !== 'quota-map').map((f) => f.path), 'resourceQuotas.<namespace>'];
    const s = didYouMean(segs.join('.'), candidates);
    problems.push({
      message: `--set: unknown PluginConfig path ${JSON.stringify(path)}`,
      location,
      hint: [s, `known paths: ${candidates.join(', ')}`].filter(Boolean).join('\n'),
    });
    return { entries: [] };
  }
  return scoped(stringEntries(field, raw, origin, `--set ${path}`, location, problems));
}
