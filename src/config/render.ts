/**
 * How `webapi-plugin config` shows things: the effective config as YAML/JSON/flags/env, values with
 * their origins, and the pflag-style flag listing.
 */
import { Document, isScalar, stringify } from 'yaml';
import type { PluginConfig } from '../plugin/config.js';
import { FLAG_FIELDS, PLUGIN_CONFIG_FIELDS, envNameOf, formatDefault, typeLabel } from './fields.js';
import type { Origin, ResolvedPluginConfig } from './load.js';
import { FLYTE_RANGES, type ConfigIssue } from './ranges.js';

export type DumpFormat = 'yaml' | 'json' | 'flags' | 'env';

/** One plugin's result (id undefined: the global layers). */
export interface DumpItem {
  id?: string;
  resolved: ResolvedPluginConfig;
}

function warningNote(w: ConfigIssue): string {
  const r = FLYTE_RANGES.find((x) => x.path === w.path);
  return r ? `warning: outside Flyte's production range ${r.label} (fine locally, rejected by Flyte)` : `warning: ${w.message}`;
}

function localNote(w: ConfigIssue): string {
  const r = FLYTE_RANGES.find((x) => x.path === w.path);
  return `local value (marked @local)${r ? `: outside Flyte's production range ${r.label}` : ''}`;
}

/** The note shown beside a value: a production-range warning, or that it is a value meant for local runs. */
function noteFor(resolved: ResolvedPluginConfig, path: string): string | undefined {
  const w = resolved.warnings.find((x) => x.path === path);
  if (w) return warningNote(w);
  const l = resolved.localValues.find((x) => x.path === path);
  return l ? localNote(l) : undefined;
}

/** Path → value pairs of a config, quotas as resourceQuotas.<ns>. */
function entries(cfg: PluginConfig): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const f of PLUGIN_CONFIG_FIELDS) {
    if (f.type === 'quota-map') {
      for (const [ns, v] of Object.entries(cfg.resourceQuotas)) out.push([`resourceQuotas.${ns}`, v]);
    } else {
      out.push([f.path, f.path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], cfg)]);
    }
  }
  return out;
}

function yamlDoc(value: unknown, items: DumpItem[], prefix: (id?: string) => string[]): string {
  const doc = new Document(value);
  for (const it of items) {
    for (const w of [...it.resolved.warnings, ...it.resolved.localValues]) {
      const node = doc.getIn([...prefix(it.id), ...w.path.split('.')], true);
      const note = noteFor(it.resolved, w.path);
      if (isScalar(node) && note) node.comment = ` ${note}`;
    }
  }
  return doc.toString({ lineWidth: 0 });
}

export function renderDump(items: DumpItem[], format: DumpFormat): string {
  const single = items.length === 1 ? items[0] : undefined;
  switch (format) {
    case 'yaml':
      if (single) return yamlDoc(single.resolved.config, items, () => []);
      return yamlDoc(
        { plugins: Object.fromEntries(items.map((i) => [i.id, { webApi: i.resolved.config }])) },
        items,
        (id) => ['plugins', id!, 'webApi'],
      );
    case 'json':
      if (single) return JSON.stringify(single.resolved.config, null, 2) + '\n';
      return JSON.stringify({ plugins: Object.fromEntries(items.map((i) => [i.id, { webApi: i.resolved.config }])) }, null, 2) + '\n';
    case 'flags': {
      const lines: string[] = [];
      for (const it of items) {
        for (const [path, v] of entries(it.resolved.config)) {
          const f = FLAG_FIELDS.find((x) => x.path === path);
          if (f && single) lines.push(`--${f.flag}=${String(v)}`);
          else lines.push(`--set=${single || !it.id ? '' : `plugins.${it.id}.webApi.`}${path}=${String(v)}`);
        }
      }
      return lines.join('\n') + '\n';
    }
    case 'env': {
      const lines: string[] = [];
      const cfg = single!.resolved.config;
      for (const f of PLUGIN_CONFIG_FIELDS) {
        if (f.type === 'quota-map') {
          const q = Object.entries(cfg.resourceQuotas);
          if (q.length) lines.push(`${f.env}=${q.map(([k, v]) => `${k}=${v}`).join(',')}`);
        } else {
          lines.push(`${f.env}=${String(f.path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], cfg))}`);
        }
      }
      return lines.join('\n') + '\n';
    }
  }
}

function showValue(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function overridden(list: Origin[]): string {
  return list
    .slice(0, -1)
    .reverse()
    .map((o) => `${o.origin} = ${showValue(o.value)}`)
    .join(', ');
}

/** `--show-origin`: every value with where it came from and what it overrode. */
export function renderOrigins(items: DumpItem[], format: 'text' | 'json', header: string[]): string {
  if (format === 'json') {
    const one = (it: DumpItem) =>
      Object.fromEntries(
        entries(it.resolved.config).map(([path, value]) => {
          const list = it.resolved.origins[path] ?? [];
          const w = it.resolved.warnings.find((x) => x.path === path);
          const l = it.resolved.localValues.find((x) => x.path === path);
          return [
            path,
            {
              value,
              origin: list.at(-1)?.origin ?? 'default',
              overrides: list.slice(0, -1).reverse(),
              ...(w ? { warning: warningNote(w) } : {}),
              ...(l ? { local: true, note: localNote(l) } : {}),
            },
          ];
        }),
      );
    const body = items.length === 1 && items[0]!.id === undefined ? one(items[0]!) : Object.fromEntries(items.map((it) => [it.id, one(it)]));
    return JSON.stringify(body, null, 2) + '\n';
  }
  const out: string[] = header.map((h) => `# ${h}`);
  for (const it of items) {
    if (items.length > 1 || it.id !== undefined) out.push(`# plugin ${it.id}`);
    const rows = entries(it.resolved.config).map(([path, value]) => {
      const list = it.resolved.origins[path] ?? [];
      return { origin: list.at(-1)?.origin ?? 'default', kv: `${path}=${showValue(value)}`, list, path };
    });
    const w1 = Math.max(...rows.map((r) => r.origin.length));
    const w2 = Math.max(...rows.map((r) => r.kv.length));
    for (const r of rows) {
      const notes: string[] = [];
      if (r.list.length > 1) notes.push(`(overrides ${overridden(r.list)})`);
      const note = noteFor(it.resolved, r.path);
      if (note) notes.push(note);
      out.push(`${r.origin.padEnd(w1)}  ${notes.length ? r.kv.padEnd(w2) + '  ' + notes.join('  ') : r.kv}`);
    }
  }
  return out.join('\n') + '\n';
}

/** `--flags`: pflag-style usage of every PluginConfig flag. */
export function renderFlags(): string {
  const rows = [...FLAG_FIELDS]
    .sort((a, b) => a.flag!.localeCompare(b.flag!))
    .map((f) => ({ left: `      --${f.flag} ${typeLabel(f.type)}`, right: `${f.description} (default ${formatDefault(f)}) [env ${f.env}]` }));
  const extra = [
    { left: '      --config string', right: 'Config file to use instead of searching for one.' },
    { left: '      --set path=value', right: 'Set any PluginConfig value, e.g. resourceQuotas.default=2 or plugins.<id>.webApi.caching.size=500 (repeatable; applied after the flags above).' },
  ];
  const width = Math.max(...[...rows, ...extra].map((r) => r.left.length)) + 3;
  const fmt = (r: { left: string; right: string }) => r.left.padEnd(width) + r.right;
  const quotas = PLUGIN_CONFIG_FIELDS.find((f) => f.type === 'quota-map')!;
  return (
    [
      "PluginConfig flags (the names Flyte's PluginConfig.GetPFlagSet produces; accepted by `run` and `config`):",
      ...rows.map(fmt),
      ...extra.map(fmt),
      '',
      'Without a flag (as in Flyte):',
      `      ${quotas.path} ${typeLabel(quotas.type)}`.padEnd(width) +
        `${quotas.description} (default ${formatDefault(quotas)}) [--set ${quotas.path}.<namespace>=<n>, env ${envNameOf(quotas.path)}=ns=n,...]`,
    ].join('\n') + '\n'
  );
}

export { stringify as yamlStringify };
