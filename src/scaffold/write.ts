/**
 * Writing a project safely: inspect the target, plan every file (create / overwrite), refuse to touch
 * a directory that holds the user's work unless forced, render into a temporary directory beside the
 * target and move the result into place. Nothing is ever deleted, and `.git` is never touched.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RenderedFile } from './templates.js';

/** Entries that do not make a directory "not empty" (editor/OS/VCS leftovers, a licence). */
const HARMLESS = [
  /^\.git$/,
  /^\.hg$/,
  /^\.DS_Store$/,
  /^Thumbs\.db$/,
  /^\.idea$/,
  /^\.vscode$/,
  /^\.gitattributes$/,
  /^LICEN[CS]E(\.(md|txt))?$/i,
  /^.*\.iml$/,
  /^npm-debug\.log/,
  /^yarn-(debug|error)\.log/,
  /^\.webapi-plugin-init-/, // staging left by an interrupted init
];

export type FileAction = 'create' | 'overwrite';

export interface PlannedFile {
  path: string;
  action: FileAction;
}

export interface TargetInspection {
  exists: boolean;
  /** Entries of the target that are not harmless (the user's work). */
  userEntries: string[];
  /** Files the template would write over. */
  collisions: string[];
  /** Paths where the template needs a file but a directory is there, or the reverse: never writable. */
  blocked: string[];
}

export function isHarmless(entry: string): boolean {
  return HARMLESS.some((re) => re.test(entry));
}

export function inspectTarget(target: string, files: readonly RenderedFile[]): TargetInspection {
  if (!existsSync(target)) return { exists: false, userEntries: [], collisions: [], blocked: [] };
  const st = lstatSync(target);
  if (!st.isDirectory()) return { exists: true, userEntries: [], collisions: [], blocked: ['.'] };
  const userEntries = readdirSync(target).filter((e) => !isHarmless(e)).sort();
  const collisions: string[] = [];
  const blocked: string[] = [];
  for (const f of files) {
    const parts = f.path.split('/');
    // a parent path that exists as a file blocks the whole file
    let parentBlocked = false;
    for (let i = 1; i < parts.length; i++) {
      const p = join(target, ...parts.slice(0, i));
      if (existsSync(p) && !lstatSync(p).isDirectory()) {
        blocked.push(parts.slice(0, i).join('/'));
        parentBlocked = true;
        break;
      }
    }
    if (parentBlocked) continue;
    const p = join(target, ...parts);
    if (!existsSync(p) && !isDanglingLink(p)) continue;
    if (lstatSync(p).isDirectory()) blocked.push(f.path);
    else collisions.push(f.path);
  }
  return { exists: true, userEntries, collisions, blocked: [...new Set(blocked)] };
}

function isDanglingLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

export function planFiles(files: readonly RenderedFile[], inspection: TargetInspection): PlannedFile[] {
  const colliding = new Set(inspection.collisions);
  return files.map((f) => ({ path: f.path, action: colliding.has(f.path) ? 'overwrite' : 'create' }));
}

/**
 * Render into a temporary directory, then move into place. A new target: the staging directory sits
 * beside it and becomes it in one rename. An existing target: the staging directory sits inside it
 * (same filesystem, and nothing is written outside the target), and each file is renamed into place,
 * replacing only files the plan says to overwrite. A failure while rendering leaves the target as it was.
 */
export function writeProject(target: string, files: readonly RenderedFile[]): void {
  const exists = existsSync(target);
  if (!exists) mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(exists ? target : dirname(target), '.webapi-plugin-init-'));
  try {
    for (const f of files) {
      const p = join(staging, ...f.path.split('/'));
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, f.content);
    }
    if (!exists) {
      renameSync(staging, target);
      return;
    }
    for (const f of files) {
      const to = join(target, ...f.path.split('/'));
      mkdirSync(dirname(to), { recursive: true });
      renameSync(join(staging, ...f.path.split('/')), to);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
