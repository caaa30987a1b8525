/**
 * What `deploy` needs to know about the project in the current directory: its root (nearest
 * package.json), name and version, and its plugins as the other commands load them (--plugin, else the
 * config file's plugin modules): ids, task types, sync or async, and the built module each is served from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { loadCliConfig } from '../config/load.js';
import { DeployError } from './errors.js';
import { type PluginModuleRef, loadPluginModules, resolvePluginModule } from '../loader/plugin-modules.js';
import { isSyncPlugin, toTaskCategory } from '../plugin/plugin.js';
import type { DeployPlugin } from './spec.js';

export interface ProjectInfo {
  root: string;
  packageName: string;
  version: string;
  /** The `webapi-plugin` dependency spec, when the project has one. */
  webapiPluginDependency?: string;
  plugins: DeployPlugin[];
  /** As `serve --plugin` takes them in the image, relative to its working directory. */
  modules: string[];
  /** Things the user should know (a module served from source, a plugin that could not be built). */
  notes: string[];
  /** Where the plugins came from, for messages: "--plugin" or the config file's path. */
  pluginSource: string;
}

export function findProjectRoot(cwd: string): string | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** `src/x.ts` → `./dist/x.js` (tsc's rootDir src → outDir dist); JavaScript files and packages as they are. */
export function builtModule(root: string, resolved: string, spec: string): { module: string; note?: string } {
  if (!isAbsolute(resolved)) return { module: spec }; // a package name
  const rel = relative(root, resolved).split(sep).join('/');
  if (rel.startsWith('..')) return { module: spec, note: `plugin module ${spec} is outside the project (${root}): the image will not contain it` };
  const ts = /\.(m|c)?tsx?$/.exec(rel);
  if (!ts) return { module: `./${rel}` };
  const js = rel.replace(/\.(m|c)?tsx?$/, `.${ts[1] ?? ''}js`);
  if (rel.startsWith('src/')) return { module: `./dist/${js.slice('src/'.length)}` };
  return { module: `./${rel}`, note: `plugin module ./${rel} is not under src/, so the build does not compile it: the image serves the TypeScript source (through tsx)` };
}

/** Build the plugin as the engine would, to tell sync from async. */
async function pluginKind(load: () => unknown): Promise<DeployPlugin['kind']> {
  try {
    const plugin = await load();
    return plugin && typeof plugin === 'object' ? (isSyncPlugin(plugin as never) ? 'sync' : 'async') : 'unknown';
  } catch {
    return 'unknown';
  }
}

export async function describeProject(o: { cwd: string; env: NodeJS.ProcessEnv; plugin?: string[] }): Promise<ProjectInfo> {
  const root = findProjectRoot(o.cwd);
  if (!root) {
    throw new DeployError({
      message: `no package.json in ${o.cwd} or above it: deploy renders the deployment of a plugin project`,
      hint: 'run it in a project made by webapi-plugin init (or give --name and --plugin)',
    });
  }
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name?: string; version?: string; dependencies?: Record<string, string> };
  let refs: PluginModuleRef[];
  let pluginSource = '--plugin';
  if (o.plugin?.length) refs = o.plugin.map((m) => ({ module: m, from: o.cwd, source: '--plugin' }));
  else {
    const cfg = await loadCliConfig({ cwd: o.cwd, env: o.env });
    refs = cfg.settings.pluginRefs;
    pluginSource = cfg.file?.path ?? 'the config file';
    if (refs.length === 0) {
      throw new DeployError({
        message: 'no plugin to deploy: the config file lists no plugin modules and no --plugin was given',
        location: cfg.file ? cfg.file.path : '--plugin',
        hint: 'name the plugin module: webapi-plugin deploy --plugin ./src/plugin.ts (or list it under pluginModules: in .webapi-pluginrc.yaml)',
      });
    }
  }
  const { modules, entries } = await loadPluginModules(refs);
  const [{ Registry }, { createSetupContext }] = await Promise.all([import('prom-client'), import('../engine/metrics.js')]);
  const notes: string[] = [];
  const plugins: DeployPlugin[] = [];
  for (const e of entries) {
    const kind = await pluginKind(() => e.pluginLoader(createSetupContext(new Registry(), e.id)));
    if (kind === 'unknown') notes.push(`plugin ${e.id}: its pluginLoader failed here, so it is treated as sync (its task types are left to discovery)`);
    plugins.push({ id: e.id, taskTypes: [...new Set(e.supportedTaskTypes.map((t) => toTaskCategory(t).name))], kind }); // Flyte routes by name
  }
  const built = modules.map((m) => builtModule(root, resolvePluginModule(m.ref), m.ref.module));
  for (const b of built) if (b.note) notes.push(b.note);
  return {
    root,
    packageName: pkg.name ?? 'webapi-plugin-connector',
    version: pkg.version ?? '0.0.0',
    ...(pkg.dependencies?.['webapi-plugin'] !== undefined && { webapiPluginDependency: pkg.dependencies['webapi-plugin'] }),
    plugins,
    modules: [...new Set(built.map((b) => b.module))],
    notes,
    pluginSource,
  };
}
