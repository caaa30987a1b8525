/**
 * One plugin mistake, one report: the same outputs put by the same plugin give the same failure (code,
 * message, retryable or not) when `run` drives the plugin (the engine with run's checkOutputs hook) and
 * when `serve` answers GetTask for it (the serve core's result) — both call src/literals/interface.ts.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/index.js';
import type { TaskSpec } from '../../src/engine/types.js';
import { type ProtoLiteralType } from '../../src/literals/index.js';
import { phaseInfoSuccess, type SyncPlugin } from '../../src/index.js';
import { resultOf } from '../../src/serve/result.js';
import { flyteCodec } from '../../src/task/flyte/codec.js';
import { TypedRunDir } from '../../src/task/flyte/datastore.js';
import { Redactor } from '../../src/util/redact.js';
import { tempDir } from '../helpers/cli.js';

const declared: Record<string, ProtoLiteralType> = { greeting: { simple: 'STRING' }, count: { simple: 'INTEGER' } };

/** What `run` reports: the engine runs a plugin that puts `outputs`, with the hook `run` installs. */
async function viaRun(outputs: Record<string, unknown> | undefined) {
  const plugin: SyncPlugin = {
    getConfig: () => ({}),
    async do(ctx) {
      if (outputs) await ctx.outputWriter.put(outputs);
      return phaseInfoSuccess();
    },
  };
  const engine = createEngine({ entries: [{ id: 'p', supportedTaskTypes: ['t'], pluginLoader: () => plugin }] });
  const runDir = new TypedRunDir(tempDir('typed-parity-'), 'r', new Redactor(), { codec: flyteCodec(), inputLiterals: {}, outputTypes: declared });
  const spec: TaskSpec = { taskId: 'r', template: { type: 't' }, inputs: {}, execution: { name: 'r', project: 'p', domain: 'd', namespace: 'p-d' }, secretManager: { get: async () => '' }, checkOutputs: runDir.checkOutputs };
  const result = await engine.submit(spec).result;
  await engine.shutdown();
  const attempt = result.attempts[0]!;
  return { retryable: attempt.phase === 'RetryableFailure', code: attempt.error?.code, message: attempt.error?.message };
}

/** What `serve` answers for the same PhaseInfo and outputs. */
function viaServe(outputs: Record<string, unknown> | undefined) {
  const r = resultOf(phaseInfoSuccess(), outputs ? { outputs } : {}, declared, 'p', new Redactor());
  return { retryable: r.phase === 'RETRYABLE_FAILED', code: r.error?.code, message: r.message };
}

describe('run and serve report the same output mistakes', () => {
  it.each<[string, Record<string, unknown> | undefined, string]>([
    ['a mistyped output', { greeting: 'hi', count: 'three' }, 'OutputsInvalid'],
    ['an undeclared output', { greeting: 'hi', count: 1, extra: 2 }, 'OutputsInvalid'],
    ['a declared output left out', { greeting: 'hi' }, 'OutputsNotFound'],
    ['no outputs at all', undefined, 'OutputsNotFound'],
  ])('%s', async (_name, outputs, code) => {
    const served = viaServe(outputs);
    expect(served.code).toBe(code);
    expect(await viaRun(outputs)).toEqual(served);
  });

  it('and accept the same outputs', async () => {
    expect(viaServe({ greeting: 'hi', count: 2n ** 62n }).code).toBeUndefined();
    expect((await viaRun({ greeting: 'hi', count: 2n ** 62n })).code).toBeUndefined();
  });
});
