/**
 * Reading a file the user named as bytes (a binary task, a package archive, a binary LiteralMap), with
 * the same "not found — did you mean" errors as text files, a size cap, and no endless reads: a pipe is
 * read up to the cap, a device or directory is refused. Also what bytes look like (text, binary, an archive).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { readSourceFile } from '../../source/read.js';
import { TaskInputError } from '../errors.js';

/** The largest file read (an inflated archive has its own cap). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export function readBytes(abs: string, display: string, what: string, max = MAX_FILE_BYTES): Buffer {
  let fd: number;
  try {
    fd = openSync(abs, 'r');
  } catch (err) {
    // the text reader words "not found" (with a suggestion) and the other failures
    readSourceFile(abs, display, what, (p) => new TaskInputError(p, what));
    throw err;
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new TaskInputError({ message: `${what} is a directory, not a file: ${display}`, location: display }, what);
    if (!st.isFile() && !st.isFIFO()) throw new TaskInputError({ message: `${what} is not a regular file: ${display}`, location: display }, what);
    if (st.isFile() && st.size > max) throw new TaskInputError({ message: `${what} ${display} is ${st.size} bytes, more than the ${max} bytes read`, location: display }, what);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > max) throw new TaskInputError({ message: `${what} ${display} is more than the ${max} bytes read`, location: display }, what);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 text without control characters other than tab, newline, carriage return and form feed. */
export function looksLikeText(b: Uint8Array): boolean {
  try {
    const s = utf8.decode(b);
    return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(s);
  } catch {
    return false;
  }
}

export function isGzip(b: Uint8Array): boolean {
  return b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
}

/** A POSIX/GNU tar archive: "ustar" at offset 257 of the first header. */
export function isTar(b: Uint8Array): boolean {
  return b.length >= 512 && Buffer.from(b.subarray(257, 262)).toString('latin1') === 'ustar';
}
