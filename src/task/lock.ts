/**
 * One run, one owner: while a process drives a run, `<run dir>/lock` holds its PID. A second process
 * (`--resume` of a run still going, which would make a second remote job) is refused naming that PID. A
 * lock whose process is gone (killed, crashed, the machine restarted) is stale and taken over; one from
 * another host cannot be checked and is treated as held. The owner removes the lock when it ends, on
 * any exit path (process 'exit' hook).
 */
import { hostname } from 'node:os';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath } from '../source/read.js';
import { TaskInputError } from './errors.js';

export const LOCK_FILE = 'lock';

interface LockContent {
  pid: number;
  host: string;
  since: string;
}

/** Is a process with this PID alive (on this host)? */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, it is someone else's
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): LockContent | undefined {
  try {
    const c = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockContent>;
    return typeof c.pid === 'number' && Number.isSafeInteger(c.pid) && c.pid > 0 ? { pid: c.pid, host: String(c.host ?? ''), since: String(c.since ?? '') } : undefined;
  } catch {
    return undefined;
  }
}

export interface RunLock {
  readonly path: string;
  /** Remove the lock (idempotent; only while it is still ours). */
  release(): void;
}

/**
 * Take the lock of a run directory (which must exist). Throws TaskInputError (exit 2) when another live
 * process holds it.
 */
export function lockRunDir(dir: string, cwd: string, runId: string): RunLock {
  const path = join(dir, LOCK_FILE);
  const mine: LockContent = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const inUse = (held: LockContent) =>
    new TaskInputError(
      {
        message: `run ${runId} is in use by process ${held.pid}${held.host !== mine.host ? ` on ${held.host}` : ''}${held.since ? ` (since ${held.since})` : ''}`,
        location: displayPath(path, cwd),
        hint:
          `wait for that process to end (or stop it: kill ${held.pid}), then resume; a second process would create a second remote job.\n` +
          `If process ${held.pid} is not webapi-plugin (its run was killed and the PID reused since), remove ${displayPath(path, cwd)}`,
      },
      'run record',
    );
  let taken = false;
  for (let tries = 0; tries < 2 && !taken; tries++) {
    try {
      writeFileSync(path, JSON.stringify(mine) + '\n', { flag: 'wx', mode: 0o600 });
      taken = true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const held = readLock(path);
      if (held !== undefined && held.pid !== process.pid && (held.host !== mine.host || alive(held.pid))) throw inUse(held);
      // stale (its process is gone) or unreadable: take it over
      try {
        unlinkSync(path);
      } catch {
        /* someone else removed it first */
      }
    }
  }
  if (!taken) {
    const held = readLock(path);
    if (held) throw inUse(held);
    throw new TaskInputError({ message: `cannot take the lock of run ${runId}: another process is taking it`, location: displayPath(path, cwd) }, 'run record');
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    const held = readLock(path);
    if (held?.pid !== process.pid) return;
    try {
      unlinkSync(path);
    } catch {
      /* the directory is gone */
    }
  };
  process.on('exit', release);
  return { path, release };
}
