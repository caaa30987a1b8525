/**
 * Type-level tests of the public contract: correct plugins compile under strict settings, wrong ones don't.
 * Checked by tsc (`tsc -p tsconfig.json --noEmit`, the step of `npm test` before vitest, also
 * `npm run typecheck`): a wrong `@ts-expect-error` or `expectTypeOf` fails it. Nothing here runs.
 */
import { expectTypeOf, test } from 'vitest';
import {
  type AsyncPlugin,
  type PhaseInfo,
  type PluginEntry,
  type SyncPlugin,
  type TaskExecutionContext,
  PermanentError,
  defaultPluginConfig,
  definePlugin,
  phaseInfoFailure,
  phaseInfoQueued,
  phaseInfoRunning,
  phaseInfoSuccess,
} from '../../src/index.js';

interface JobMeta {
  jobId: string;
}
interface Job {
  state: 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED';
  url: string;
}

const asyncPlugin: AsyncPlugin<JobMeta, Job> = {
  getConfig: () => ({ caching: { resyncInterval: '5s' }, resourceQuotas: { default: 10 } }),
  resourceRequirements: async () => ({ namespace: 'default', constraints: { projectScopeResourceConstraint: { value: 5 } } }),
  async create(tCtx) {
    const name = tCtx.taskExecutionMetadata.taskExecutionId.generatedName;
    const token = await tCtx.secretManager.get('API_TOKEN');
    const template = await tCtx.taskReader.read();
    const inputs = await tCtx.inputReader.get();
    void token;
    void template.custom;
    void inputs;
    return { resourceMeta: { jobId: name }, resource: { state: 'PENDING', url: 'http://x' } };
  },
  get: async ({ resourceMeta, signal }) => {
    void signal.aborted;
    return { state: 'RUNNING', url: `http://x/${resourceMeta.jobId}` };
  },
  delete: async ({ resourceMeta, reason }) => {
    void resourceMeta.jobId;
    void reason.toUpperCase();
  },
  async status(ctx) {
    switch (ctx.resource.state) {
      case 'PENDING':
        return phaseInfoQueued('waiting');
      case 'RUNNING':
        return phaseInfoRunning({ info: { logs: [{ name: 'log', uri: ctx.resource.url }] } });
      case 'DONE':
        await ctx.outputWriter.put({ answer: 42 });
        return phaseInfoSuccess();
      default:
        return phaseInfoFailure('JobFailed', 'the job failed');
    }
  },
};

const syncPlugin: SyncPlugin = {
  getConfig: () => defaultPluginConfig,
  async do(tCtx: TaskExecutionContext): Promise<PhaseInfo> {
    if (tCtx.maxDatasetSizeBytes < 1) throw new PermanentError('too small', { code: 'Tiny' });
    await tCtx.outputWriter.put({ ok: true });
    return phaseInfoSuccess();
  },
};

test('a correct AsyncPlugin and SyncPlugin type-check', () => {
  const entries: PluginEntry[] = [
    definePlugin({ id: 'jobs', supportedTaskTypes: ['job'], pluginLoader: () => asyncPlugin, defaultForTaskTypes: ['job'] }),
    { id: 'echo', supportedTaskTypes: ['echo'], pluginLoader: async ({ metricsScope }) => (void metricsScope.registry, syncPlugin) },
  ];
  expectTypeOf(entries).toEqualTypeOf<PluginEntry[]>();
  expectTypeOf(phaseInfoRunning().phase).toEqualTypeOf<'Undefined' | 'NotReady' | 'WaitingForResources' | 'Queued' | 'Initializing' | 'Running' | 'Success' | 'RetryableFailure' | 'PermanentFailure' | 'WaitingForCache' | 'Aborted'>();
});

test('wrong plugins do not type-check', () => {
  // @ts-expect-error create must return { resourceMeta }, not the meta itself
  const badCreate: AsyncPlugin<JobMeta, Job> = { ...asyncPlugin, create: async () => ({ jobId: 'x' }) };
  // @ts-expect-error status must return a PhaseInfo
  const badStatus: AsyncPlugin<JobMeta, Job> = { ...asyncPlugin, status: () => 'Running' };
  // @ts-expect-error get sees only resourceMeta + signal: no secretManager
  const badGet: AsyncPlugin<JobMeta, Job> = { ...asyncPlugin, get: async (ctx) => ctx.secretManager.get('x') };
  // @ts-expect-error a SyncPlugin needs do()
  const badSync: SyncPlugin = { getConfig: () => ({}) };
  // @ts-expect-error phases are a closed set
  const badPhase: PhaseInfo = { phase: 'Runing' };
  // @ts-expect-error a PluginEntry needs supportedTaskTypes
  const badEntry: PluginEntry = { id: 'x', pluginLoader: () => syncPlugin };
  // @ts-expect-error durations are strings, not numbers
  const badConfig: AsyncPlugin = { ...asyncPlugin, getConfig: () => ({ caching: { resyncInterval: 30 } }) };
  void [badCreate, badStatus, badGet, badSync, badPhase, badEntry, badConfig];
});
