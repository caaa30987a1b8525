/**
 * Reading a file the user named as bytes (a binary task, a package archive, a binary LiteralMap), with
 * the same "not found — did you mean" errors as text files, a size cap, and no endless reads: a pipe is
 * read up to the cap, a device or directory is refused. Also what bytes look like (text, binary, an archive).
 */
import { readSourceBytes } from '../../source/read.js';
import { TaskInputError } from '../errors.js';

/** The largest package archive read (an inflated archive has its own cap); other files: 16 MiB (MAX_INPUT_FILE_BYTES). */
export const MAX_ARCHIVE_BYTES = 256 * 1024 * 1024;

/** A file's bytes (regular files and pipes, at most `max`), each failure a TaskInputError naming it. */
export function readBytes(abs: string, display: string, what: string, max?: number): Buffer {
  return readSourceBytes(abs, display, what, (p) => new TaskInputError(p, what), max);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 without a NUL: text as far as a YAML/JSON parser is concerned (protobuf binary nearly always holds a NUL or invalid UTF-8). */
export function isUtf8Text(b: Uint8Array): boolean {
  try {
    return !utf8.decode(b).includes('\u0000');
  } catch {
    return false;
  }
}

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
