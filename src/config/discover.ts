/**
 * Finding and reading the config file: cosmiconfig 9 (module name "webapi-plugin", searched from the
 * current directory up to the project root), with our own loaders so that YAML/JSON keep source
 * positions, TypeScript configs load through tsx (a runtime dependency, so no `typescript` needed),
 * and a module that throws is reported naming its file.
 */
import { existsSync, statSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cosmiconfig, getDefaultSearchPlaces, type Loader } from 'cosmiconfig';
import { CliError, InputError } from '../errors.js';
import { parseConfigText, type ConfigPath, type ParsedSource, type SourcePos } from './source.js';

export const MODULE_NAME = 'webapi-plugin';
export const SEARCH_PLACES: readonly string[] = getDefaultSearchPlaces(MODULE_NAME);

export type ConfigFileKind = 'yaml' | 'package.json' | 'module';

export interface LoadedConfigFile {
  /** Absolute path. */
  path: string;
  kind: ConfigFileKind;
  /** The raw content (for package.json: the "webapi-plugin" key). */
  data: unknown;
  /** Position of a key/value in the file (YAML/JSON files only). */
  locate(path: ConfigPath, which?: 'key' | 'value'): SourcePos | undefined;
}

export interface DiscoveryResult {
  file?: LoadedConfigFile;
  /** Every place looked at (when no --config was given), in search order. */
  searched: string[];
  /** The directories searched, cwd first. */
  searchedDirs: string[];
}

/** The directories cosmiconfig's 'project' strategy visits: cwd up to the first with package.json/yaml. */
export function projectSearchDirs(cwd: string): string[] {
  const dirs: string[] = [];
  let dir = resolve(cwd);
  for (;;) {
    dirs.push(dir);
    if (existsSync(join(dir, 'package.json')) || existsSync(join(dir, 'package.yaml'))) break;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return dirs;
}

function describeError(e: unknown): string {
  if (e instanceof Error) return e.message.split('\n')[0] ?? e.message;
  return String(e);
}

async function importModuleConfig(filepath: string): Promise<unknown> {
  const href = pathToFileURL(await realpath(filepath)).href;
  let mod: Record<string, unknown>;
  try {
    if (/\.(m|c)?ts$/.test(filepath)) {
      const { tsImport } = await import('tsx/esm/api');
      mod = (await tsImport(href, import.meta.url)) as Record<string, unknown>;
    } else {
      mod = (await import(href)) as Record<string, unknown>;
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new InputError(`config file ${filepath} failed to load: ${describeError(e)}`, {
      location: filepath,
      hint: 'the module threw while it was being imported; run it with node to see the full error',
      cause: e,
    });
  }
  let def: unknown = 'default' in mod ? mod.default : mod;
  // a CommonJS/TS module compiled to CJS may nest its default
  if (def && typeof def === 'object' && !Array.isArray(def) && Object.keys(def).length === 1 && 'default' in def) {
    def = (def as { default: unknown }).default;
  }
  if (typeof def === 'function') {
    try {
      def = await (def as () => unknown)();
    } catch (e) {
      throw new InputError(`config file ${filepath}: its exported function threw: ${describeError(e)}`, { location: filepath, cause: e });
    }
  }
  return def;
}

export async function discoverConfig(opts: { cwd: string; configPath?: string }): Promise<DiscoveryResult> {
  const parsed = new Map<string, ParsedSource>();
  const yamlLoader: Loader = (filepath, content) => {
    const p = parseConfigText(content, filepath);
    parsed.set(filepath, p);
    return p.data as never;
  };
  const moduleLoader: Loader = (filepath) => importModuleConfig(filepath) as never;
  const explorer = cosmiconfig(MODULE_NAME, {
    searchStrategy: 'project',
    searchPlaces: [...SEARCH_PLACES],
    cache: false,
    loaders: {
      '.json': yamlLoader,
      '.yaml': yamlLoader,
      '.yml': yamlLoader,
      noExt: yamlLoader,
      '.js': moduleLoader,
      '.mjs': moduleLoader,
      '.cjs': moduleLoader,
      '.ts': moduleLoader,
      '.mts': moduleLoader,
      '.cts': moduleLoader,
      // any other extension given with --config is read as YAML (which includes JSON)
      default: yamlLoader,
    },
  });

  let result: { filepath: string; config: unknown; isEmpty?: boolean } | null;
  let searched: string[] = [];
  let searchedDirs: string[] = [];
  try {
    if (opts.configPath !== undefined) {
      const abs = resolve(opts.cwd, opts.configPath);
      if (!existsSync(abs)) {
        throw new InputError(`config file not found: ${opts.configPath}`, {
          location: '--config',
          hint: `looked for ${abs}`,
        });
      }
      if (statSync(abs).isDirectory()) {
        throw new InputError(`--config names a directory, not a file: ${opts.configPath}`, { location: '--config' });
      }
      result = await explorer.load(abs);
      if (result === null) result = { filepath: abs, config: undefined, isEmpty: true };
    } else {
      searchedDirs = projectSearchDirs(opts.cwd);
      searched = searchedDirs.flatMap((d) => SEARCH_PLACES.map((p) => join(d, p)));
      result = await explorer.search(opts.cwd);
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    const file = (e as { filepath?: string }).filepath;
    throw new InputError(`config file ${file ?? opts.configPath ?? ''} could not be read: ${describeError(e)}`, {
      ...(file ? { location: file } : {}),
      cause: e,
    });
  }
  if (!result) return { searched, searchedDirs };
  const path = result.filepath;
  const isPackage = basename(path) === 'package.json';
  const src = parsed.get(path);
  const ext = extname(path);
  const kind: ConfigFileKind = isPackage ? 'package.json' : src || !/^\.(m|c)?[jt]s$/.test(ext) ? 'yaml' : 'module';
  const prefix: ConfigPath = isPackage ? [MODULE_NAME] : [];
  const file: LoadedConfigFile = {
    path,
    kind,
    data: result.config === undefined || result.config === null ? {} : result.config,
    locate: (p, which) => src?.locate([...prefix, ...p], which),
  };
  return { file, searched, searchedDirs };
}

/** A compact description of the search, for "no config file found" notes. */
export function describeSearch(searchedDirs: readonly string[]): string {
  const places =
    `package.json ("${MODULE_NAME}" key), .${MODULE_NAME}rc, .${MODULE_NAME}rc.{json,yaml,yml,js,ts,cjs,mjs}, ` +
    `.config/${MODULE_NAME}rc{,.json,.yaml,.yml,.js,.ts,.cjs,.mjs}, ${MODULE_NAME}.config.{js,ts,cjs,mjs}`;
  return `searched ${searchedDirs.join(', ')} for: ${places}`;
}
