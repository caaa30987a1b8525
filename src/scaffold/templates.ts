/**
 * Project templates: plain file trees under `templates/<name>/`, shipped in the package.
 *
 * A folder is a template when it holds a `template.json` manifest:
 *   {
 *     "description": "one line shown in the template prompt and --help",
 *     "kinds": ["async"],                 // plugin kinds it makes: "async" and/or "sync"
 *     "order": 1,                          // optional: position in lists (then by name)
 *     "placeholders": ["pluginId", ...],   // the {{placeholders}} its files use (checked)
 *     "nextSteps": ["..."]                 // optional extra lines for the final "next steps"
 *   }
 * Rendering is deliberately tiny:
 *   - `{{name}}` in any file is replaced by a variable (see TemplateVariables); an unknown name is an
 *     error, so a typo in a template fails in its tests rather than in a user's project;
 *   - a path segment starting with `_` is written with a `.` instead (`_gitignore` → `.gitignore`),
 *     because npm drops or renames some dotfiles in published packages;
 *   - in `package.json`, `name`, `description` and the `webapi-plugin` dependency are set by `init`
 *     (JSON-safe, whatever the template holds there); a linked dependency (file:) gets its own
 *     `allowScripts` entry, named as npm names it, so npm neither runs the checkout's `prepare` nor
 *     warns about it.
 * Folders whose name starts with `_` or `.` are not templates. `templates/_shared/` holds files every
 * template gets (rendered the same way); a template's own file of the same path wins.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kubernetesName } from '../deploy/spec.js';
import { execCommand, installCommandLine, scriptCommand } from './package-manager.js';
import { type InitAnswers, PLUGIN_KINDS, type PluginKind, type TemplateSummary } from './question-types.js';

/** `templates/` of this package: dist/scaffold/templates.js (or src/scaffold/templates.ts) → ../../templates. */
/** Files every template gets. */
export const SHARED = '_shared';

export function templatesRoot(): string {
  return fileURLToPath(new URL('../../templates/', import.meta.url));
}

export interface TemplateManifest extends TemplateSummary {
  order: number;
  placeholders: string[];
  nextSteps: string[];
  dir: string;
}

export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

function readManifest(dir: string, name: string): TemplateManifest {
  const file = join(dir, 'template.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new TemplateError(`template "${name}": cannot read ${file}: ${(e as Error).message}`);
  }
  const m = raw as Record<string, unknown>;
  const kinds = Array.isArray(m.kinds) ? m.kinds.filter((k): k is PluginKind => (PLUGIN_KINDS as readonly unknown[]).includes(k)) : [];
  if (kinds.length === 0) throw new TemplateError(`template "${name}": template.json needs "kinds" with "async" and/or "sync"`);
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    name,
    description: typeof m.description === 'string' ? m.description : '',
    kinds,
    order: typeof m.order === 'number' ? m.order : 100,
    placeholders: strings(m.placeholders),
    nextSteps: strings(m.nextSteps),
    dir,
  };
}

/** Every template shipped, in display order. A folder whose manifest is broken is left out (see templateProblems). */
export function listTemplates(root = templatesRoot()): TemplateManifest[] {
  return scanTemplates(root).templates;
}

/** Problems with the manifests under `root` (a template test asserts there are none). */
export function templateProblems(root = templatesRoot()): string[] {
  return scanTemplates(root).problems;
}

function scanTemplates(root: string): { templates: TemplateManifest[]; problems: string[] } {
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return { templates: [], problems: [`cannot read ${root}`] };
  }
  const templates: TemplateManifest[] = [];
  const problems: string[] = [];
  for (const name of entries) {
    if (name.startsWith('_') || name.startsWith('.')) continue;
    const dir = join(root, name);
    try {
      if (!statSync(join(dir, 'template.json')).isFile()) continue;
    } catch {
      continue;
    }
    try {
      templates.push(readManifest(dir, name));
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  // plain code-unit order: localeCompare would load ICU collation (~9 ms of start-up)
  templates.sort((a, b) => a.order - b.order || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { templates, problems };
}

/** The variables a template may use as `{{name}}`. */
export interface TemplateVariables {
  packageName: string;
  description: string;
  pluginId: string;
  /** The first task type (used in task.yaml). */
  taskType: string;
  /** Every task type as a quoted, comma-separated list: `'a', 'b'` (a TS/JS array body). */
  taskTypesList: string;
  /** Every task type for prose: "`a`, `b`". */
  taskTypesMarkdown: string;
  kind: string;
  templateName: string;
  /** Version of this webapi-plugin. */
  webapiPluginVersion: string;
  /** PascalCase of the plugin id, for names in code. */
  pluginClassName: string;
  installCommand: string;
  testCommand: string;
  buildCommand: string;
  /** e.g. `npx webapi-plugin run task.yaml` */
  runCommand: string;
  /** How this package manager runs the CLI: `npx webapi-plugin`, `pnpm exec webapi-plugin`, ... */
  execPrefix: string;
  /** The Kubernetes name of the connector (Deployment, Service, image name). */
  deployName: string;
  /** e.g. `npm run` (prefix for other scripts). */
  runScriptPrefix: string;
}

/** The variables of a project from init's answers. */
export function templateVariables(a: InitAnswers, templateName: string, webapiPluginVersion: string): TemplateVariables {
  const pm = a.packageManager;
  return {
    packageName: a.name,
    description: a.description,
    pluginId: a.pluginId,
    taskType: a.taskTypes[0]!,
    taskTypesList: a.taskTypes.map((x) => `'${x}'`).join(', '),
    taskTypesMarkdown: a.taskTypes.map((x) => `\`${x}\``).join(', '),
    kind: a.kind,
    templateName,
    webapiPluginVersion,
    pluginClassName: pluginClassName(a.pluginId),
    installCommand: installCommandLine(pm),
    testCommand: scriptCommand(pm, 'test'),
    buildCommand: scriptCommand(pm, 'build'),
    runCommand: `${execCommand(pm, 'webapi-plugin')} run task.yaml`,
    execPrefix: execCommand(pm, 'webapi-plugin'),
    deployName: kubernetesName(a.name),
    runScriptPrefix: pm === 'yarn' ? 'yarn' : `${pm} run`,
  };
}

export interface RenderedFile {
  /** Relative path in the project, `/`-separated, dotfiles renamed. */
  path: string;
  content: Buffer;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** Template path → project path: `_x` segments become `.x`. */
export function outputPath(templatePath: string): string {
  return templatePath
    .split(/[\\/]/)
    .map((seg) => (seg.startsWith('_') ? '.' + seg.slice(1) : seg))
    .join('/');
}

function walk(dir: string, root: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'node_modules') continue;
      walk(p, root, out);
    } else if (e.isFile()) {
      const rel = relative(root, p).split(sep).join('/');
      if (rel !== 'template.json') out.push(rel);
    }
  }
}

export function renderText(text: string, vars: TemplateVariables, where: string): string {
  return text.replace(PLACEHOLDER, (_m, key: string) => {
    if (!Object.hasOwn(vars, key)) throw new TemplateError(`${where}: unknown placeholder {{${key}}}`);
    return String(vars[key as keyof TemplateVariables]);
  });
}

export interface PackageJsonFields {
  name: string;
  description: string;
  /** The `webapi-plugin` dependency spec: "^0.1.0" or "file:/abs/path". */
  webapiPluginDependency: string;
}

/** Render a template in memory. Files are returned sorted by path. */
export function renderTemplate(t: TemplateManifest, vars: TemplateVariables, pkg: PackageJsonFields): RenderedFile[] {
  const own: string[] = [];
  walk(t.dir, t.dir, own);
  const sharedDir = join(dirname(t.dir), SHARED);
  const shared: string[] = [];
  if (existsSync(sharedDir)) walk(sharedDir, sharedDir, shared);
  const sources = new Map<string, string>();
  for (const rel of shared) sources.set(rel, join(sharedDir, rel));
  for (const rel of own) sources.set(rel, join(t.dir, rel));
  const out: RenderedFile[] = [];
  for (const [rel, file] of [...sources].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const where = `template "${t.name}" file ${rel}`;
    const buf = readFileSync(file);
    const path = outputPath(rel);
    if (buf.includes(0)) {
      out.push({ path, content: buf }); // binary: copied as it is
      continue;
    }
    let text = renderText(buf.toString('utf8'), vars, where);
    if (path === 'package.json') text = setPackageFields(text, pkg, where);
    out.push({ path, content: Buffer.from(text, 'utf8') });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function setPackageFields(text: string, f: PackageJsonFields, where: string): string {
  let pkg: Record<string, unknown>;
  try {
    pkg = JSON.parse(text) as Record<string, unknown>;
  } catch (e) {
    throw new TemplateError(`${where}: not valid JSON after rendering: ${(e as Error).message}`);
  }
  const rest = { ...pkg };
  delete rest.name;
  delete rest.description;
  const deps = { ...((pkg.dependencies as Record<string, string> | undefined) ?? {}), 'webapi-plugin': f.webapiPluginDependency };
  const sorted = Object.fromEntries(Object.entries(deps).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  if (f.webapiPluginDependency.startsWith('file:')) {
    // the linked copy is already built: its `prepare` (a tsc build) must not run, and npm should not ask
    rest.allowScripts = { ...((pkg.allowScripts as Record<string, boolean> | undefined) ?? {}), [f.webapiPluginDependency]: false };
  }
  return JSON.stringify({ name: f.name, description: f.description, ...rest, dependencies: sorted }, null, 2) + '\n';
}

/** PascalCase from an id, without a trailing "Plugin": "my-http_job" → "MyHttpJob", "s3-plugin" → "S3". */
export function pluginClassName(id: string): string {
  const name = pascalCase(id).replace(/Plugin$/, '');
  return name || pascalCase(id);
}

/** PascalCase from an id: "my-http_job" → "MyHttpJob". */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}
