/**
 * Start `webapi-plugin serve` as a child process, wait for the port it prints, check health, stop it
 * with SIGTERM (as Kubernetes does) and expect a clean exit.
 */
import { type SpawnOptions, spawn } from 'node:child_process';
import { expect } from 'vitest';
import { healthStatus } from './health.js';

export async function serveAnswersHealth(file: string, args: string[], opts: SpawnOptions): Promise<void> {
  const child = spawn(file, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start within 60s:\n${out}`)), 60_000);
      const look = () => {
        const m = /listening on \S+?:(\d+)|"port":(\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1] ?? m[2]));
        }
      };
      child.stdout!.on('data', look);
      child.stderr!.on('data', look);
      void exited.then((code) => reject(new Error(`serve exited with ${code} before listening:\n${out}`)));
    });
    expect(await healthStatus(`127.0.0.1:${port}`)).toBe('SERVING');
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited, out).toBe(0);
}
