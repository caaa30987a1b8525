/**
 * Task-type routing (Flyte propeller's resolution order, honouring the entries' own defaults, which
 * Go's createRemotePlugin drops): the entry listing the type in `defaultForTaskTypes` wins; else the one
 * entry supporting it; several without a default is an error; none falls to the `isDefault` entry.
 */
import type { PluginEntry } from '../plugin/plugin.js';
import { EngineError } from './types.js';

export class Router {
  private readonly byId = new Map<string, PluginEntry>();
  private readonly defaultFor = new Map<string, PluginEntry>();
  private readonly supporting = new Map<string, PluginEntry[]>();
  private readonly fallback: PluginEntry | undefined;

  constructor(entries: readonly PluginEntry[]) {
    if (!Array.isArray(entries)) throw new EngineError('InvalidPluginEntry', 'entries must be an array of plugin entries');
    let fallback: PluginEntry | undefined;
    (entries as readonly PluginEntry[]).forEach((e: PluginEntry, i: number) => {
      validateEntry(e, i);
      if (this.byId.has(e.id)) {
        throw new EngineError('InvalidPluginEntry', `two plugin entries have the id "${e.id}"; plugin ids must be unique`, { pluginId: e.id });
      }
      this.byId.set(e.id, e);
      if (e.isDefault) {
        if (fallback) {
          throw new EngineError(
            'DuplicateDefault',
            `plugins "${fallback.id}" and "${e.id}" both set isDefault; at most one plugin may be the default`,
            { pluginId: e.id },
          );
        }
        fallback = e;
      }
      for (const t of new Set(e.supportedTaskTypes)) {
        const list = this.supporting.get(t);
        if (list) list.push(e);
        else this.supporting.set(t, [e]);
      }
      for (const t of new Set(e.defaultForTaskTypes ?? [])) {
        const other = this.defaultFor.get(t);
        if (other) {
          throw new EngineError(
            'DuplicateDefault',
            `plugins "${other.id}" and "${e.id}" are both the default for task type "${t}"; remove "${t}" from one defaultForTaskTypes`,
            { pluginId: e.id, taskType: t },
          );
        }
        this.defaultFor.set(t, e);
      }
    });
    this.fallback = fallback;
  }

  /** Every task type some entry names. */
  knownTaskTypes(): string[] {
    return [...new Set([...this.supporting.keys(), ...this.defaultFor.keys()])].sort();
  }

  entries(): PluginEntry[] {
    return [...this.byId.values()];
  }

  route(taskType: string): PluginEntry {
    const d = this.defaultFor.get(taskType);
    if (d) return d;
    const list = this.supporting.get(taskType);
    if (list && list.length === 1) return list[0]!;
    if (list && list.length > 1) {
      const ids = list.map((e) => `"${e.id}"`).join(', ');
      throw new EngineError(
        'AmbiguousTaskType',
        `task type "${taskType}" is supported by several plugins (${ids}) and none is its default; add "${taskType}" to one plugin's defaultForTaskTypes`,
        { taskType },
      );
    }
    if (this.fallback) return this.fallback;
    const known = this.knownTaskTypes();
    throw new EngineError(
      'NoPluginForTaskType',
      `no plugin handles task type "${taskType}"; known task types: ${known.length ? known.map((t) => `"${t}"`).join(', ') : '(none)'}`,
      { taskType },
    );
  }
}

function validateEntry(e: PluginEntry, i: number): void {
  const where = typeof e?.id === 'string' && e.id ? `plugin entry "${e.id}"` : `plugin entry #${i + 1}`;
  const bad = (msg: string) => new EngineError('InvalidPluginEntry', `${where}: ${msg}`, typeof e?.id === 'string' ? { pluginId: e.id } : {});
  if (typeof e !== 'object' || e === null) throw bad('must be an object');
  if (typeof e.id !== 'string' || e.id.trim() === '') throw bad('id must be a non-empty string');
  if (!Array.isArray(e.supportedTaskTypes) || e.supportedTaskTypes.length === 0 || e.supportedTaskTypes.some((t) => typeof t !== 'string' || t === '')) {
    throw bad('supportedTaskTypes must be a non-empty array of task type names');
  }
  if (typeof e.pluginLoader !== 'function') throw bad('pluginLoader must be a function');
  if (e.defaultForTaskTypes !== undefined && (!Array.isArray(e.defaultForTaskTypes) || e.defaultForTaskTypes.some((t) => typeof t !== 'string' || t === ''))) {
    throw bad('defaultForTaskTypes must be an array of task type names');
  }
  if (e.isDefault !== undefined && typeof e.isDefault !== 'boolean') throw bad('isDefault must be a boolean');
}
