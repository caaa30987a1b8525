/**
 * The members of a `pyflyte package` archive (`.tgz`, `.tar.gz` or `.tar`), read in memory: Node's zlib
 * for the gzip layer (with a cap on the inflated size, so a compression bomb is refused) and a small
 * ustar reader for the tar layer — POSIX ustar names with their prefix, pax `path` records and GNU long
 * names; header checksums verified. Nothing is written to disk, so member paths cannot escape anywhere.
 * (A maintained tar library would bring a dependency for what is, read-only and in memory, ~80 lines.)
 */
import { gunzipSync } from 'node:zlib';
import { isGzip } from './read.js';

export interface TarMember {
  /** The member's path without a leading `./` or `/`. */
  name: string;
  data: Buffer;
}

export class ArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveError';
  }
}

/** The largest archive accepted once inflated. */
export const MAX_ARCHIVE_BYTES = 256 * 1024 * 1024;

/** The regular files of a tar archive, gzipped or not, in archive order. */
export function readArchive(bytes: Buffer, maxBytes = MAX_ARCHIVE_BYTES): TarMember[] {
  let tar = bytes;
  if (isGzip(bytes)) {
    try {
      tar = gunzipSync(bytes, { maxOutputLength: maxBytes });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE') throw new ArchiveError(`the archive inflates to more than ${maxBytes} bytes`);
      throw new ArchiveError(`the gzip data is corrupt: ${(err as Error).message}`);
    }
  }
  return readTar(tar);
}

const text = (b: Buffer, start: number, len: number) => {
  const raw = b.subarray(start, start + len);
  const nul = raw.indexOf(0);
  return raw.subarray(0, nul === -1 ? raw.length : nul).toString('utf8');
};

function octal(b: Buffer, start: number, len: number): number {
  if (b[start]! & 0x80) {
    // GNU base-256 for large sizes
    let n = 0;
    for (let i = start + 1; i < start + len; i++) n = n * 256 + b[i]!;
    return n;
  }
  const s = text(b, start, len).trim();
  return s === '' ? 0 : parseInt(s, 8);
}

function checksumOk(h: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i]!;
  return octal(h, 148, 8) === sum;
}

/** pax extended header records: "<len> <key>=<value>\n". */
function paxPath(data: Buffer): string | undefined {
  let path: string | undefined;
  let i = 0;
  while (i < data.length) {
    const sp = data.indexOf(0x20, i);
    if (sp === -1) break;
    const len = parseInt(data.subarray(i, sp).toString('latin1'), 10);
    if (!Number.isFinite(len) || len <= 0) break;
    const record = data.subarray(sp + 1, i + len - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (record.slice(0, eq) === 'path') path = record.slice(eq + 1);
    i += len;
  }
  return path;
}

export function readTar(tar: Buffer): TarMember[] {
  const out: TarMember[] = [];
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= tar.length) {
    const h = tar.subarray(offset, offset + 512);
    if (h.every((x) => x === 0)) break; // end of archive
    if (!checksumOk(h)) throw new ArchiveError(`not a tar archive (bad header checksum at byte ${offset})`);
    const size = octal(h, 124, 12);
    const type = String.fromCharCode(h[156]!);
    const start = offset + 512;
    if (start + size > tar.length) throw new ArchiveError(`the archive is truncated (member at byte ${offset} needs ${size} bytes)`);
    const data = tar.subarray(start, start + size);
    offset = start + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      longName = paxPath(data) ?? longName;
      continue;
    }
    if (type === 'L') {
      longName = text(data, 0, data.length);
      continue;
    }
    if (type === 'g') continue;
    const prefix = text(h, 257, 6) === 'ustar' ? text(h, 345, 155) : '';
    const name = longName ?? (prefix ? `${prefix}/${text(h, 0, 100)}` : text(h, 0, 100));
    longName = undefined;
    if (type !== '0' && type !== '\0' && type !== '7') continue; // directories, links, devices
    out.push({ name: name.replace(/^(\.?\/)+/, ''), data: Buffer.from(data) });
  }
  return out;
}
