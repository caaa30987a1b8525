/**
 * Which served plugin answers a task category (type, version), and what the server advertises.
 *
 * Routing is the engine's Router (the same rules as `run`), with flytekit's registry rules on top: two
 * entries claiming one category with neither its default refuse to start (flytekit refuses the second
 * registration); an unknown category is NOT_FOUND with flytekit's wording, unless an entry `isDefault`.
 * `--task-type` narrows what is served and advertised to some type names (all their versions).
 */
import { ServeSetupError } from './errors.js';
import { formatTaskCategory, type PluginEntry, type TaskCategory, toTaskCategory } from '../plugin/plugin.js';
import { EngineError, Router } from './engine-seam.js';
import { ServeError } from './errors.js';
import type { ServedPlugin } from './plugins.js';

/** One advertised agent (connector): a plugin entry and the categories that route to it. */
export interface AgentInfo {
  name: string;
  categories: TaskCategory[];
  isSync: boolean;
  /** Also answers every category no entry claims. */
  isDefault: boolean;
}

/** The entries to serve: all of them, or only the named task types (no fallback then). */
export function selectEntries(entries: readonly PluginEntry[], taskTypes: readonly string[] | undefined): PluginEntry[] {
  if (!taskTypes?.length) return [...entries];
  const keep = new Set(taskTypes);
  const named = (specs: PluginEntry['supportedTaskTypes'] | undefined) => (specs ?? []).filter((t) => keep.has(toTaskCategory(t).name));
  return entries
    .map((e) => ({ ...e, supportedTaskTypes: named(e.supportedTaskTypes), defaultForTaskTypes: named(e.defaultForTaskTypes), isDefault: false }))
    .filter((e) => e.supportedTaskTypes.length > 0);
}

/** The router for the served entries; invalid entries and claims no rule resolves are exit-2 errors. */
export function createRouter(entries: readonly PluginEntry[]): Router {
  let router: Router;
  try {
    router = new Router(entries);
  } catch (e) {
    if (e instanceof EngineError) throw new ServeSetupError({ message: e.message });
    throw e;
  }
  const conflicts = router.conflicts();
  if (conflicts.length > 0) {
    const lines = conflicts.map((c) => `task type ${formatTaskCategory(c.category)} is claimed by plugin entries ${c.entries.map((e) => `"${e.id}"`).join(' and ')}`);
    throw new ServeSetupError({
      message: `two plugin entries claim the same task category: ${lines.join('; ')}`,
      hint: 'serve one of them (--task-type), or add the type to one entry\'s defaultForTaskTypes',
    });
  }
  return router;
}

export class Routes {
  readonly agents: AgentInfo[];

  constructor(
    private readonly router: Router,
    private readonly plugins: ReadonlyMap<string, ServedPlugin>,
  ) {
    this.agents = router.entries().map((e) => ({
      name: e.id,
      categories: router.categoriesOf(e.id),
      isSync: plugins.get(e.id)!.isSync,
      isDefault: Boolean(e.isDefault),
    }));
  }

  /** The plugin for a category; NOT_FOUND (flytekit's wording) when none serves it. */
  forCategory(category: TaskCategory): ServedPlugin {
    if (!category.name) throw new ServeError('INVALID_ARGUMENT', 'the task type is empty (template.type / task_category.name)');
    try {
      return this.plugins.get(this.router.route(category.name, category.version).id)!;
    } catch (e) {
      if (e instanceof EngineError && e.code === 'NoPluginForTaskType') {
        const served = this.router.knownCategories().map(formatTaskCategory).join(', ') || '(nothing)';
        throw new ServeError('NOT_FOUND', `Cannot find connector for task type: ${formatTaskCategory(category)}. This server serves: ${served}`);
      }
      throw e;
    }
  }

  byId(id: string): ServedPlugin | undefined {
    return this.plugins.get(id);
  }

  all(): ServedPlugin[] {
    return [...this.plugins.values()];
  }
}
