/**
 * `webapi-plugin serve` spawned as a user runs it (the built bin, 127.0.0.1, a free port), for the e2e
 * tests: resolves once it prints where it listens.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { baseEnv, BIN, REPO_ROOT } from '../helpers/cli.js';

export const FIXTURE = join(REPO_ROOT, 'test', 'serve', 'fixtures', 'sim-plugin.ts');

export interface Served {
  child: ChildProcess;
  address: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

export async function serve(extraArgs: string[] = [], env: Record<string, string> = {}, plugin = FIXTURE): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', '--plugin', plugin, '--host', '127.0.0.1', '--port', '0', '--prometheus-port', '0', ...extraArgs], {
    cwd: REPO_ROOT,
    env: baseEnv({ NODE_EXTRA_CA_CERTS: undefined, ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const address = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${out}\n${err}`)), 60_000); // generous: a loaded CI machine
    const poll = setInterval(() => {
      const m = /listening on (127\.0\.0\.1:\d+)/.exec(out) ?? /"address":"(127\.0\.0\.1:\d+)"/.exec(err);
      if (m) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(m[1]!);
      }
    }, 25);
    child.on('close', () => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`serve exited early:\n${out}\n${err}`));
    });
  });
  return { child, address, stdout: () => out, stderr: () => err, exited };
}


/** A runCli `onSpawn` that sends SIGINT (Ctrl-C) once the child's stderr matches `pattern`. */
export function interruptWhen(pattern: RegExp): (child: ChildProcess) => void {
  return (child) => {
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (pattern.test(stderr) && !child.killed) child.kill('SIGINT');
    });
  };
}
