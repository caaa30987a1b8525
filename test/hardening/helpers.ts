/** Shared setup for the hardening tests: a temp project with the adversarial plugin and task files. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/cli.js';

export const PLUGIN = join(import.meta.dirname, 'fixtures', 'adversarial-plugin.mjs');

/** A temp dir holding files; task files (task*.yaml) get `plugin:` and `type: adversarial` unless they set them. */
export function project(files: Record<string, string>): string {
  const dir = tempDir('webapi-harden-');
  writeFileSync(join(dir, 'package.json'), '{"name": "harden-test", "private": true}\n');
  for (const [name, body] of Object.entries(files)) {
    const task = /^task.*\.yaml$/.test(name) && !/^(plugin|type):/m.test(body) ? `plugin: ${PLUGIN}\ntype: adversarial\n${body}` : body;
    writeFileSync(join(dir, name), task);
  }
  return dir;
}

export const runsOf = (dir: string): string[] => {
  const runs = join(dir, '.webapi-plugin', 'runs');
  return existsSync(runs) ? readdirSync(runs) : [];
};

export const recordOf = (dir: string, runId = runsOf(dir)[0]!): string => join(dir, '.webapi-plugin', 'runs', runId);

export const readRecord = (dir: string, file: string, runId?: string): string => readFileSync(join(recordOf(dir, runId), file), 'utf8');

/** Every file of every run record, with its content. */
export function recordFiles(dir: string): { file: string; text: string }[] {
  return runsOf(dir).flatMap((id) => readdirSync(recordOf(dir, id)).filter((f) => f.endsWith('json') || f.endsWith('jsonl')).map((f) => ({ file: `${id}/${f}`, text: readRecord(dir, f, id) })));
}

/** Poll until `ok()` holds (for e2e tests that act on a running CLI). */
export async function waitFor(ok: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Whether the (only) run's engine state says its remote job exists. */
export const created = (dir: string): boolean => runsOf(dir).length > 0 && existsSync(join(recordOf(dir), 'state.json')) && /"stage": "Created"/.test(readFileSync(join(recordOf(dir), 'state.json'), 'utf8'));
