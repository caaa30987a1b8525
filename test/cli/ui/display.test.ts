/** The displays, driven by a scripted engine event stream (no engine, no terminal). */
import { describe, expect, it } from 'vitest';
import type { EngineEvent, TaskResult } from '../../../src/engine/types.js';
import { chooseMode, createDisplay } from '../../../src/cli/ui/display.js';
import { runDocument, summaryTable } from '../../../src/cli/ui/summary.js';
import { Chalk } from 'chalk';
import { Redactor } from '../../../src/util/redact.js';
import { ANSI } from '../../helpers/cli.js';

function sink(isTTY = false, columns = 0) {
  const chunks: string[] = [];
  const stream = { isTTY, columns, write: (s: string) => (chunks.push(s), true) } as unknown as NodeJS.WriteStream;
  return { stream, text: () => chunks.join('') };
}

const T0 = new Date(2024, 0, 1, 12, 0, 0, 0).getTime();
const result = (over: Partial<TaskResult> = {}): TaskResult => ({
  taskId: 'r1',
  outcome: 'succeeded',
  phase: 'Success',
  outputs: { x: 1 },
  attempts: [{ attempt: 0, generatedName: 'r1-0', startedAt: T0, finishedAt: T0 + 2500, phase: 'Success' }],
  logs: [{ name: 'logs', uri: 'https://x/1' }],
  startedAt: T0,
  finishedAt: T0 + 2500,
  ...over,
});

const script: EngineEvent[] = [
  { type: 'configWarning', at: T0, pluginId: 'p', path: 'caching.resyncInterval', value: '1s', message: 'caching.resyncInterval = 1s is outside range' },
  { type: 'configWarning', at: T0, pluginId: 'p', path: 'caching.resyncInterval', value: '1s', message: 'caching.resyncInterval = 1s is outside range' },
  { type: 'attemptStarted', at: T0, taskId: 'r1', attempt: 0, generatedName: 'r1-0', pluginId: 'p' },
  { type: 'created', at: T0 + 100, taskId: 'r1', attempt: 0, generatedName: 'r1-0' },
  { type: 'phaseChanged', at: T0 + 200, taskId: 'r1', attempt: 0, phaseInfo: { phase: 'Queued', reason: 'token hunter2-secret in queue' } },
  { type: 'phaseChanged', at: T0 + 900, taskId: 'r1', attempt: 0, phaseInfo: { phase: 'Running', info: { logs: [{ name: 'logs', uri: 'https://x/1' }] } }, previous: 'Queued' },
  { type: 'phaseChanged', at: T0 + 1500, taskId: 'r1', attempt: 0, phaseInfo: { phase: 'Running', version: 1, info: { logs: [{ name: 'logs', uri: 'https://x/1' }] } }, previous: 'Running' },
  { type: 'finished', at: T0 + 2500, taskId: 'r1', result: result() },
];

describe('displays', () => {
  it('chooses tty only on a sized TTY outside CI', () => {
    expect(chooseMode(sink(true, 80).stream, {}, false)).toBe('tty');
    expect(chooseMode(sink(true, 0).stream, {}, false)).toBe('plain');
    expect(chooseMode(sink(true, 80).stream, { CI: 'true' }, false)).toBe('plain');
    expect(chooseMode(sink(true, 80).stream, { TERM: 'dumb' }, false)).toBe('plain');
    expect(chooseMode(sink(false).stream, {}, false)).toBe('plain');
    expect(chooseMode(sink(true, 80).stream, {}, true)).toBe('json');
  });

  it('plain: one timestamped line per change, log links once, warnings once, redacted', async () => {
    const out = sink();
    const redactor = new Redactor();
    redactor.add('hunter2-secret');
    const d = await createDisplay('plain', { stream: out.stream, color: false, redactor });
    d.addTask({ taskId: 'r1', label: 'demo', runId: 'r1', maxAttempts: 2 });
    for (const e of script) d.event(e);
    d.close();
    const lines = out.text().trimEnd().split('\n');
    expect(lines).toEqual([
      '12:00:00.000   config (p): caching.resyncInterval = 1s is outside range',
      '12:00:00.000   demo started with plugin p (generated name r1-0)',
      '12:00:00.100   demo created remote job r1-0',
      '12:00:00.200   demo Queued token [REDACTED] in queue',
      '12:00:00.900   demo Running',
      '12:00:00.900 ↗ demo logs: https://x/1',
      '12:00:02.500 ✔ demo Success in 2.5s',
    ]);
    expect(out.text()).not.toMatch(ANSI);
  });

  it('json: every event as a JSON line, redacted', async () => {
    const out = sink();
    const redactor = new Redactor();
    redactor.add('hunter2-secret');
    const d = await createDisplay('json', { stream: out.stream, color: false, redactor });
    d.addTask({ taskId: 'r1', label: 'demo', runId: 'r1' });
    for (const e of script) d.event(e);
    d.notice('hello');
    const lines = out.text().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(script.length + 1);
    expect(lines[2]).toMatchObject({ type: 'attemptStarted', task: 'demo', runId: 'r1', time: new Date(T0).toISOString() });
    expect(out.text()).not.toContain('hunter2-secret');
  });

  it('result document and summary table', () => {
    const doc = runDocument({ runId: 'r1', label: 'demo', runDir: 'd', exitCode: 0, result: result() });
    expect(doc).toMatchObject({ runId: 'r1', outcome: 'succeeded', phase: 'Success', outputs: { x: 1 }, timings: { elapsedMs: 2500 }, exitCode: 0 });
    const failed = result({ outcome: 'failed', phase: 'PermanentFailure', error: { code: 'Boom', message: 'no', kind: 'USER' } });
    const table = summaryTable(
      [
        { runId: 'r1', label: 'demo', runDir: 'd', exitCode: 0, result: result() },
        { runId: 'r2', label: 'other', runDir: 'd2', exitCode: 1, result: failed },
        { runId: 'r3', label: 'x', runDir: 'd3', exitCode: 2, setupError: { code: 'NoPluginForTaskType', message: 'm' } },
      ],
      new Chalk({ level: 0 }),
    );
    expect(table.split('\n')).toEqual([
      'TASK   RUN ID  RESULT                       ATTEMPTS  ELAPSED  EXIT',
      'demo   r1      Success                      1         2.5s     0',
      'other  r2      PermanentFailure [Boom]      1         2.5s     1',
      'x      r3      error [NoPluginForTaskType]  0         -        2',
      '',
    ]);
  });
});
