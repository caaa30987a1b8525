/**
 * Task routing by task category — (task type, version), Flyte's routing key — with Flyte propeller's
 * resolution order, honouring the entries' own defaults (which Go's createRemotePlugin drops): the entry
 * listing the category in `defaultForTaskTypes` wins; else the one entry supporting it; several without a
 * default is an error; none falls to the `isDefault` entry. A bare name in an entry means version 0, so a
 * template with `taskTypeVersion: 1` only reaches an entry that lists `{ name, version: 1 }` (or the
 * default entry), as in flytekit's registry. `run` and `serve` share this one router.
 */
import { type PluginEntry, type TaskCategory, taskTypeSpecProblem, toTaskCategory } from '../plugin/plugin.js';
import { EngineError } from './types.js';

/** Several entries support a category and none is its default. */
export interface RoutingConflict {
  category: TaskCategory;
  entries: PluginEntry[];
}

const keyOf = (name: string, version: number) => `${version}:${name}`;

/** `"name"` for version 0, `"name" (version n)` otherwise: how errors name a category. */
function shown(c: TaskCategory): string {
  return c.version === 0 ? `"${c.name}"` : `"${c.name}" (version ${c.version})`;
}

export class Router {
  private readonly byId = new Map<string, PluginEntry>();
  private readonly defaultFor = new Map<string, PluginEntry>();
  private readonly supporting = new Map<string, PluginEntry[]>();
  private readonly categories = new Map<string, TaskCategory>();
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
      for (const c of this.distinct(e.supportedTaskTypes)) {
        const list = this.supporting.get(c);
        if (list) list.push(e);
        else this.supporting.set(c, [e]);
      }
      for (const c of this.distinct(e.defaultForTaskTypes ?? [])) {
        const other = this.defaultFor.get(c);
        if (other) {
          const cat = this.categories.get(c)!;
          throw new EngineError(
            'DuplicateDefault',
            `plugins "${other.id}" and "${e.id}" are both the default for task type ${shown(cat)}; remove it from one defaultForTaskTypes`,
            { pluginId: e.id, taskType: cat.name },
          );
        }
        this.defaultFor.set(c, e);
      }
    });
    this.fallback = fallback;
  }

  /** The keys of an entry's categories, each once; remembers each category. */
  private distinct(specs: PluginEntry['supportedTaskTypes']): string[] {
    const keys = new Set<string>();
    for (const spec of specs) {
      const c = toTaskCategory(spec);
      const k = keyOf(c.name, c.version);
      this.categories.set(k, c);
      keys.add(k);
    }
    return [...keys];
  }

  /** Every task type name some entry names. */
  knownTaskTypes(): string[] {
    return [...new Set([...this.categories.values()].map((c) => c.name))].sort();
  }

  /** Every category some entry names, by name then version. */
  knownCategories(): TaskCategory[] {
    return [...this.categories.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version - b.version));
  }

  entries(): PluginEntry[] {
    return [...this.byId.values()];
  }

  /** The entry that handles (taskType, version); throws EngineError when none or several do. */
  route(taskType: string, version = 0): PluginEntry {
    const k = keyOf(taskType, version);
    const d = this.defaultFor.get(k);
    if (d) return d;
    const list = this.supporting.get(k);
    if (list && list.length === 1) return list[0]!;
    const cat = { name: taskType, version };
    if (list && list.length > 1) {
      const ids = list.map((e) => `"${e.id}"`).join(', ');
      throw new EngineError(
        'AmbiguousTaskType',
        `task type ${shown(cat)} is supported by several plugins (${ids}) and none is its default; add it to one plugin's defaultForTaskTypes`,
        { taskType },
      );
    }
    if (this.fallback) return this.fallback;
    const known = this.knownCategories();
    throw new EngineError(
      'NoPluginForTaskType',
      `no plugin handles task type ${shown(cat)}; known task types: ${known.length ? known.map(shown).join(', ') : '(none)'}`,
      { taskType },
    );
  }

  /** Categories several entries support with none of them its default (route() would refuse them). */
  conflicts(): RoutingConflict[] {
    const out: RoutingConflict[] = [];
    for (const [k, list] of this.supporting) {
      if (list.length > 1 && !this.defaultFor.has(k)) out.push({ category: this.categories.get(k)!, entries: [...list] });
    }
    return out;
  }

  /** The categories that route to an entry (what it advertises), by name then version; not the fallback's. */
  categoriesOf(entryId: string): TaskCategory[] {
    return this.knownCategories().filter((c) => {
      const k = keyOf(c.name, c.version);
      const list = this.supporting.get(k);
      const winner = this.defaultFor.get(k) ?? (list?.length === 1 ? list[0] : undefined);
      return winner?.id === entryId;
    });
  }
}

function validateEntry(e: PluginEntry, i: number): void {
  const where = typeof e?.id === 'string' && e.id ? `plugin entry "${e.id}"` : `plugin entry #${i + 1}`;
  const bad = (msg: string) => new EngineError('InvalidPluginEntry', `${where}: ${msg}`, typeof e?.id === 'string' ? { pluginId: e.id } : {});
  if (typeof e !== 'object' || e === null) throw bad('must be an object');
  if (typeof e.id !== 'string' || e.id.trim() === '') throw bad('id must be a non-empty string');
  if (!Array.isArray(e.supportedTaskTypes) || e.supportedTaskTypes.length === 0) {
    throw bad('supportedTaskTypes must be a non-empty array of task type names or { name, version }');
  }
  for (const t of e.supportedTaskTypes) {
    const problem = taskTypeSpecProblem(t);
    if (problem) throw bad(`supportedTaskTypes: ${problem}`);
  }
  if (typeof e.pluginLoader !== 'function') throw bad('pluginLoader must be a function');
  if (e.defaultForTaskTypes !== undefined) {
    if (!Array.isArray(e.defaultForTaskTypes)) throw bad('defaultForTaskTypes must be an array of task type names or { name, version }');
    for (const t of e.defaultForTaskTypes) {
      const problem = taskTypeSpecProblem(t);
      if (problem) throw bad(`defaultForTaskTypes: ${problem}`);
    }
  }
  if (e.isDefault !== undefined && typeof e.isDefault !== 'boolean') throw bad('isDefault must be a boolean');
}
