import { describe, expect, it } from 'vitest';
import { phaseInfoSuccess, type SyncPlugin } from '../../src/index.js';
import { createTestContext } from '../../src/testing/index.js';

describe('webapi-plugin/testing', () => {
  it('builds a full task context and records what the plugin writes', async () => {
    const plugin: SyncPlugin = {
      getConfig: () => ({}),
      async do(tCtx) {
        const { name } = (await tCtx.inputReader.get()) as { name: string };
        const token = await tCtx.secretManager.get('TOKEN');
        await tCtx.outputWriter.put({ hello: name, tokenLength: token.length });
        return phaseInfoSuccess();
      },
    };
    const tCtx = createTestContext({
      template: { type: 't', id: { project: 'p', domain: 'd' }, metadata: { retries: { retries: 2 } } },
      inputs: { name: 'Ada' },
      secrets: { TOKEN: 'abc' },
      generatedName: 'g-0',
    });
    expect((await plugin.do(tCtx)).phase).toBe('Success');
    expect(tCtx.written.outputs).toEqual({ hello: 'Ada', tokenLength: 3 });
    expect(tCtx.taskExecutionMetadata).toMatchObject({ namespace: 'p-d', maxAttempts: 3, taskExecutionId: { generatedName: 'g-0' } });
    await expect(tCtx.secretManager.get('OTHER')).rejects.toThrow(/OTHER.*not found/);
    await tCtx.dataStore.write('mem://x', 'data');
    expect(new TextDecoder().decode(await tCtx.dataStore.read('mem://x'))).toBe('data');
  });
});
