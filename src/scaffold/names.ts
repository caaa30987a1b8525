/**
 * What makes a valid npm package name, plugin id and task type, and the nearest valid one to suggest
 * when an answer is not. The question table (questions.ts) validates and suggests with these; kept apart
 * because they are rules about names, not about questions.
 *
 * Imported when the CLI registers its commands, so it must stay light: node built-ins only;
 * validate-npm-package-name is required lazily, the first time a name is validated.
 */
import { createRequire } from 'node:module';


const requireLazy = createRequire(import.meta.url);
type NpmNameResult = { validForNewPackages: boolean; validForOldPackages: boolean; errors?: string[]; warnings?: string[] };
let npmNameValidator: ((name: string) => NpmNameResult) | undefined;

/** Problems with an npm package name for a new package (validate-npm-package-name), or []. */
export function npmNameProblems(name: string): string[] {
  npmNameValidator ??= requireLazy('validate-npm-package-name') as (name: string) => NpmNameResult;
  const r = npmNameValidator(name);
  if (r.validForNewPackages) return [];
  return [...(r.errors ?? []), ...(r.warnings ?? [])];
}

/** A valid npm package name made from anything (a folder name, a typo), or undefined if nothing is left. */
export function sanitizePackageName(raw: string): string | undefined {
  const trimmed = raw.trim();
  const scoped = /^@([^/]+)\/(.+)$/.exec(trimmed);
  const clean = (part: string) =>
    part
      .toLowerCase()
      .replace(/\s+/g, '-')
      .replace(/[^a-z0-9._~-]/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[._-]+/, '')
      .replace(/[-.]+$/, '')
      .slice(0, 200);
  const name = scoped ? `@${clean(scoped[1]!)}/${clean(scoped[2]!)}` : clean(trimmed.replace(/^@/, ''));
  if (!name || name.endsWith('/') || name.startsWith('@/')) return undefined;
  return npmNameProblems(name).length === 0 ? name : undefined;
}

/** The package name without its scope. */
export function unscopedName(name: string): string {
  return name.replace(/^@[^/]+\//, '');
}

const ID_RULE = /^[a-z][a-z0-9_-]{0,62}$/;

/** Plugin ids and task types: lowercase letters, digits, "-" and "_", starting with a letter, ≤ 63 chars. */
export function idProblem(value: string, what: string): string | undefined {
  if (!value) return `${what} must not be empty`;
  if (ID_RULE.test(value)) return undefined;
  if (value.length > 63) return `${what} "${value}" is longer than 63 characters`;
  if (!/^[a-z]/.test(value)) return `${what} "${value}" must start with a lowercase letter`;
  return `${what} "${value}" may contain only lowercase letters, digits, "-" and "_"`;
}

/** The closest valid id: lowercase, other characters replaced by `sep`. */
export function sanitizeId(raw: string, sep: '-' | '_' = '-'): string | undefined {
  const s = (sep === '_' ? raw.replace(/-/g, '_') : raw)
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, sep)
    .replace(/[-_]{2,}/g, sep)
    .replace(/^[^a-z]+/, '')
    .replace(/[-_]+$/, '')
    .slice(0, 63);
  return s && ID_RULE.test(s) ? s : undefined;
}

