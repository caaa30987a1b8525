/**
 * The files of a run record, written and read exactly: JSON with bigints and special floats kept
 * (src/util/exact-json.ts), written atomically (a temp file in the same directory, then a rename) with
 * mode 0600, and read back with every problem (a truncated file, a wrong shape) a TaskInputError naming
 * the file, its line and the field — never an internal error. A write that fails (a full disk, the
 * directory gone) leaves no temp file behind.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { displayPath } from '../source/read.js';
import { issuesToProblems, placeIn } from '../source/schema-issues.js';
import { parseYaml } from '../source/yaml.js';
import { untagExact } from '../util/exact-json.js';
import { TaskInputError } from './errors.js';

function tmpName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Write a file atomically: a temp file in the same directory, then rename over the target. The
 * directory is created only when asked: a run directory that disappeared mid-run is an error to report,
 * not something to recreate half-empty.
 */
export function atomicWriteFileSync(path: string, data: string | Uint8Array, createDir = false): void {
  if (createDir) mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = tmpName(path);
  try {
    writeFileSync(tmp, data, { mode: 0o600 });
    renameSync(tmp, path);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      /* never created, or already gone with its directory */
    }
    throw err;
  }
}

export async function atomicWriteFile(path: string, data: string | Uint8Array, createDir = false): Promise<void> {
  if (createDir) await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = tmpName(path);
  try {
    await writeFile(tmp, data, { mode: 0o600 });
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

const DAMAGED = 'the run record is damaged: start the task again without --resume (the file is kept as it is)';

/** Parse the text of a run-record file exactly; a problem names the file and line. */
export function parseRunFile(text: string, path: string, cwd: string): unknown {
  const display = displayPath(path, cwd);
  if (text.trim() === '') throw new TaskInputError({ message: `run record file ${display} is empty`, location: display, hint: DAMAGED }, 'run record');
  const source = parseYaml(text, { path, display, what: 'run record file', error: (problems) => new TaskInputError(problems.map((p) => ({ ...p, hint: DAMAGED })), 'run record') });
  return untagExact(source.data);
}

/** Read a run-record file (undefined when it does not exist), checked against `schema` when given. */
export function readRunFile<T>(path: string, cwd: string, schema?: z.ZodType<T>): T | undefined {
  if (!existsSync(path)) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new TaskInputError({ message: `cannot read run record file ${displayPath(path, cwd)}: ${(err as Error).message}`, location: displayPath(path, cwd) }, 'run record');
  }
  const data = parseRunFile(text, path, cwd);
  if (!schema) return data as T;
  return checkRunFile(data, schema, text, path, cwd);
}

/** Check parsed run-record data against its schema: problems name the file:line and the field. */
export function checkRunFile<T>(data: unknown, schema: z.ZodType<T>, text: string, path: string, cwd: string): T {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const source = parseYaml(text, { path, display: displayPath(path, cwd), what: 'run record file' });
  const problems = issuesToProblems(r.error.issues, { data, schema, place: placeIn(source) }).map((p) => ({
    ...p,
    message: `run record file ${displayPath(path, cwd)}: ${p.message}`,
    hint: DAMAGED,
  }));
  throw new TaskInputError(problems, 'run record');
}

/** The async read the engine's state store uses: undefined when the file does not exist. */
export async function readRunFileAsync(path: string, cwd: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  return parseRunFile(text, path, cwd);
}
