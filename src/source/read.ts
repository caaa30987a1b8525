/**
 * Reading a file the user named (a task file, an inputs file, an env file, a secret): a missing file is a
 * problem that says which file was looked for and suggests the closest name in its directory ("did you
 * mean task.yaml?"). Only regular files and pipes are read (`/dev/zero` would be read forever), and
 * never more than MAX_INPUT_FILE_BYTES.
 */
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { closest } from '../util/suggest.js';
import { ProblemError, type Problem } from './problem.js';

/** A path as shown in messages: relative to `cwd` when inside it, else absolute. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}

/** The closest existing name to a missing file, as it should be typed (beside the name that was given). */
function suggestSibling(abs: string, display: string): string | undefined {
  const dir = dirname(abs);
  if (!existsSync(dir)) return undefined;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  const guess = closest(basename(abs), names);
  return guess === undefined ? undefined : join(dirname(display), guess);
}

/** The most any input file (task, inputs, config, env, secret) may hold: 16 MiB. */
export const MAX_INPUT_FILE_BYTES = 16 * 1024 * 1024;

/** Why a file of this kind is not read (undefined: a regular file or a pipe). */
export function notReadable(st: Stats): string | undefined {
  if (st.isFile() || st.isFIFO()) return undefined;
  const kind = st.isCharacterDevice() ? 'a character device' : st.isBlockDevice() ? 'a block device' : st.isSocket() ? 'a socket' : 'not a regular file';
  return `${kind}, not a regular file or a pipe`;
}

const tooLarge = (max: number) => `more than ${max / 1024 / 1024} MiB`;

/** Raised by the capped readers: a file of the wrong kind, or too large. */
export class UnreadableInput extends Error {}

function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Read an open file descriptor to its end, refusing more than `max` bytes (stdin included). */
export function readFdCapped(fd: number, max = MAX_INPUT_FILE_BYTES): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(Math.min(1 << 16, max + 1 - total));
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (err) {
      // a non-blocking pipe with nothing in it yet
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
        sleepMs(5);
        continue;
      }
      throw err;
    }
    if (n === 0) break;
    chunks.push(buf.subarray(0, n));
    total += n;
    if (total > max) throw new UnreadableInput(tooLarge(max));
  }
  return Buffer.concat(chunks, total);
}

/** A file's bytes: regular files and pipes only, at most `max` bytes. Throws UnreadableInput or the fs error. */
export function readBytesCapped(path: string, max = MAX_INPUT_FILE_BYTES): Buffer {
  const fd = openSync(path, 'r');
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: 'EISDIR' });
    const why = notReadable(st);
    if (why) throw new UnreadableInput(why);
    if (st.isFile() && st.size > max) throw new UnreadableInput(tooLarge(max));
    return readFdCapped(fd, max);
  } finally {
    closeSync(fd);
  }
}

/** A file's text: regular files and pipes only, at most `max` bytes. Throws UnreadableInput or the fs error. */
export function readTextCapped(path: string, max = MAX_INPUT_FILE_BYTES): string {
  return readBytesCapped(path, max).toString('utf8');
}

/** The same, without blocking the event loop (secrets are read while plugin calls run). */
export async function readTextCappedAsync(path: string, max = MAX_INPUT_FILE_BYTES): Promise<string> {
  const h = await open(path, 'r');
  try {
    const st = await h.stat();
    if (st.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: 'EISDIR' });
    const why = notReadable(st);
    if (why) throw new UnreadableInput(why);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead, buffer } = await h.read(Buffer.allocUnsafe(1 << 16), 0, 1 << 16, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > max) throw new UnreadableInput(tooLarge(max));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    await h.close();
  }
}

/**
 * The bytes of a file the user named, every failure a Problem naming it: not found (with the closest
 * name), a directory, a device, more than `max` bytes.
 */
export function readSourceBytes(abs: string, display: string, what: string, error: (p: Problem) => Error = (p) => new ProblemError(p, what), max = MAX_INPUT_FILE_BYTES): Buffer {
  try {
    return readBytesCapped(abs, max);
  } catch (err) {
    if (err instanceof UnreadableInput) throw error({ message: `${what} ${display} is ${err.message}: not read`, location: display, hint: `give a regular file of at most ${max / 1024 / 1024} MiB` });
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      const guess = suggestSibling(abs, display);
      const dir = dirname(abs);
      const hint = guess ? `did you mean ${guess}?` : existsSync(dir) ? `looked for ${abs}` : `the directory ${dirname(display)} does not exist`;
      throw error({ message: `${what} not found: ${display}`, location: display, hint });
    }
    if (code === 'EISDIR') throw error({ message: `${what} is a directory, not a file: ${display}`, location: display });
    throw error({ message: `cannot read ${what} ${display}: ${(err as Error).message}`, location: display });
  }
}

/** The text of a file the user named (see readSourceBytes). */
export function readSourceFile(abs: string, display: string, what: string, error?: (p: Problem) => Error): string {
  return readSourceBytes(abs, display, what, error).toString('utf8');
}
