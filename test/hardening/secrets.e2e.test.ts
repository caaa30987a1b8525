/**
 * Issue 14 §1, through the built bin: secrets are redacted wherever they are shown (terminal, --json
 * stdout and stderr, events.jsonl, error.json, --verbose), whatever path they take (the plugin's own
 * console output, keys, null-prototype objects, class instances, JSON escaping), while the files the
 * run needs keep exact values (0600).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { project, readRecord, recordFiles, recordOf } from './helpers.js';

const SECRET = 'tok-5ecret-value-0042';

describe('secrets are redacted where they are shown', () => {
  it("the plugin's console.log / console.error / process.stdout.write: on stderr, redacted; --json keeps one stdout document and JSON lines on stderr", async () => {
    const dir = project({ 'task.yaml': 'custom: {console: true}\n' });
    const env = { FLYTE_SECRET_tok: SECRET };
    const text = await runCli(['run', 'task.yaml'], { cwd: dir, env });
    expect(text.code).toBe(0);
    expect(text.stderr).toContain('plugin log [REDACTED]');
    expect(text.stderr).toContain('plugin error [REDACTED]');
    expect(text.stderr).toContain('plugin raw [REDACTED]');
    expect(text.stdout).not.toContain('plugin');
    const json = await runCli(['run', 'task.yaml', '--json'], { cwd: dir, env });
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { outcome: string }).outcome).toBe('succeeded');
    const lines = json.stderr.trim().split('\n').map((l) => JSON.parse(l) as { type: string; stream?: string; text?: string });
    expect(lines.filter((l) => l.type === 'output')).toEqual([
      expect.objectContaining({ stream: 'stdout', text: 'plugin log [REDACTED]' }),
      expect.objectContaining({ stream: 'stderr', text: 'plugin error [REDACTED]' }),
      expect.objectContaining({ stream: 'stdout', text: 'plugin raw [REDACTED]' }),
    ]);
    for (const out of [text.stdout, text.stderr, json.stdout, json.stderr]) expect(out).not.toContain(SECRET);
  });

  it('a secret as a key of outputs, resourceMeta and customInfo, inside a null-prototype object or a class instance: never shown (text, --json, --verbose, events.jsonl)', async () => {
    const dir = project({ 'task.yaml': 'custom: {secretKeys: true}\n' });
    const env = { FLYTE_SECRET_tok: SECRET };
    const runs = [await runCli(['run', 'task.yaml'], { cwd: dir, env }), await runCli(['run', 'task.yaml', '--json'], { cwd: dir, env }), await runCli(['--verbose', 'run', 'task.yaml'], { cwd: dir, env })];
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout + r.stderr).not.toContain(SECRET);
    }
    expect(runs[0]!.stdout).toContain('"[REDACTED]": key');
    expect(runs[0]!.stdout).toContain('in a null-prototype object: [REDACTED]');
    expect(runs[0]!.stdout).toMatch(/held:\n\s+held: "?\[REDACTED\]/);
    const doc = JSON.parse(runs[1]!.stdout) as { outputs: Record<string, unknown> };
    expect(doc.outputs).toMatchObject({ '[REDACTED]': 'key', bare: { v: 'in a null-prototype object: [REDACTED]' }, held: { held: '[REDACTED]' } });
    for (const { file, text } of recordFiles(dir)) {
      if (file.endsWith('events.jsonl') || file.endsWith('error.json')) expect(text, file).not.toContain(SECRET);
    }
  });

  it.each([
    ['a double quote', 'pa"ss-w0rd-quote'],
    ['a backslash', 'pa\\ss-w0rd-slash'],
  ])('a secret holding %s: every events.jsonl line is valid JSON, and neither the secret nor its JSON-escaped form is shown', async (_what, secret) => {
    const dir = project({ 'task.yaml': 'custom: {secretKeys: true}\n' });
    const env = { FLYTE_SECRET_tok: secret };
    const text = await runCli(['run', 'task.yaml'], { cwd: dir, env });
    const json = await runCli(['run', 'task.yaml', '--json'], { cwd: dir, env });
    const escaped = JSON.stringify(secret).slice(1, -1);
    for (const r of [text, json]) {
      expect(r.code, r.stderr).toBe(0);
      for (const out of [r.stdout, r.stderr]) {
        expect(out).not.toContain(secret);
        expect(out).not.toContain(escaped);
      }
    }
    for (const { file, text: body } of recordFiles(dir).filter((f) => f.file.endsWith('events.jsonl'))) {
      for (const line of body.trim().split('\n')) expect(() => JSON.parse(line), file).not.toThrow();
      expect(body).not.toContain(escaped);
    }
  });
});

describe('what is stored is never altered', () => {
  it('FLYTE_SECRET_DEBUG=1 (too short to mask, with a warning) leaves the input us-east-1 intact everywhere; run files are 0600 in a 0700 directory', async () => {
    const dir = project({ 'task.yaml': 'inputs: {region: us-east-1, zone: 1}\n' });
    const r = await runCli(['run', 'task.yaml'], { cwd: dir, env: { FLYTE_SECRET_DEBUG: '1' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('environment variable FLYTE_SECRET_DEBUG is shorter than 4 characters: it is not masked');
    expect(r.stdout).toContain('region: us-east-1');
    expect(JSON.parse(readRecord(dir, 'inputs.json'))).toEqual({ region: 'us-east-1', zone: 1 });
    expect(JSON.parse(readRecord(dir, 'outputs.json'))).toMatchObject({ inputs: { region: 'us-east-1', zone: 1 } });
    for (const f of ['run.json', 'task.json', 'inputs.json', 'outputs.json', 'state.json', 'events.jsonl']) {
      expect(statSync(join(recordOf(dir), f)).mode & 0o777, f).toBe(0o600);
    }
    expect(statSync(recordOf(dir)).mode & 0o777).toBe(0o700);
  });

  it('a secret value the plugin stores (in its resourceMeta) stays exact in state.json, so --resume gives it back; it is redacted in events.jsonl', async () => {
    const dir = project({ 'task.yaml': 'custom: {secretKeys: true}\n' });
    const r = await runCli(['run', 'task.yaml'], { cwd: dir, env: { FLYTE_SECRET_tok: SECRET } });
    expect(r.code, r.stderr).toBe(0);
    const state = JSON.parse(readRecord(dir, 'state.json')) as { resourceMeta: Record<string, string> };
    expect(state.resourceMeta[SECRET]).toBe('key');
    expect(state.resourceMeta.token).toBe(SECRET);
    expect(readRecord(dir, 'events.jsonl')).not.toContain(SECRET);
  });
});
