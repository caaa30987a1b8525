/**
 * {{pluginId}}: a Flyte Web API plugin (AsyncPlugin).
 *
 * Flyte's engine (and `webapi-plugin run` / `serve`, which mirror it) drives an AsyncPlugin like this:
 *   create  once per attempt: submit the remote job; returns the resourceMeta that is persisted
 *   get     every caching.resyncInterval: fetch the job's latest state (sees only the resourceMeta)
 *   status  after every get: translate the job into a phase (no network calls here)
 *   delete  when the task is aborted: cancel the job (must succeed if it is already gone)
 */
import {
  type AsyncPlugin,
  type PluginEntry,
  PermanentError,
  phaseInfoFailure,
  phaseInfoQueued,
  phaseInfoRunning,
  phaseInfoSuccess,
  phaseInfoSystemFailure,
} from 'webapi-plugin';
import { type Job, type JobService, SimulatedJobService } from './remote.js';

/** What `create` returns for `get` and `delete`: small, JSON-serializable, and never a secret. */
export interface ResourceMeta {
  jobId: string;
}

export function create{{pluginClassName}}Plugin(service: JobService = new SimulatedJobService()): AsyncPlugin<ResourceMeta, Job> {
  return {
    getConfig() {
      // This plugin's layer over Flyte's defaults; the config file, environment and flags layer over it.
      return {
        caching: { resyncInterval: '10s' },
        resourceQuotas: { default: 10 },
      };
    },

    resourceRequirements() {
      // Every task of this plugin draws from one quota namespace (at most 10 jobs at once, see above).
      return { namespace: 'default' };
    },

    async create(tCtx) {
      const template = await tCtx.taskReader.read();
      const inputs = await tCtx.inputReader.get();
      const custom = template.custom ?? {};
      const durationMs = custom.durationMs ?? 1500;
      if (typeof durationMs !== 'number' || !Number.isFinite(durationMs) || durationMs < 0) {
        // Retrying will not fix the task definition: fail the attempt at once.
        throw new PermanentError(`custom.durationMs must be a number ≥ 0, got ${JSON.stringify(durationMs)}`, { code: 'BadTaskTemplate' });
      }
      const job = await service.submit({
        // Stable within an attempt: a repeated create (after a crash or a retry) finds the same job.
        idempotencyKey: tCtx.taskExecutionMetadata.taskExecutionId.generatedName,
        name: typeof inputs.name === 'string' ? inputs.name : 'world',
        durationMs,
        ...(typeof custom.failWith === 'string' && { failWith: custom.failWith }),
      });
      return { resourceMeta: { jobId: job.id }, resource: job };
    },

    get({ resourceMeta }) {
      return service.get(resourceMeta.jobId);
    },

    delete({ resourceMeta }) {
      return service.cancel(resourceMeta.jobId);
    },

    async status({ resource, outputWriter }) {
      switch (resource.state) {
        case 'QUEUED':
          return phaseInfoQueued('waiting in the job service');
        case 'RUNNING':
          return phaseInfoRunning({ reason: `job ${resource.id} is running` });
        case 'SUCCEEDED':
          await outputWriter.put({ greeting: resource.result ?? '' });
          return phaseInfoSuccess();
        case 'FAILED':
          return phaseInfoFailure('JobFailed', resource.message ?? 'the job failed');
        case 'CANCELLED':
          return phaseInfoSystemFailure('JobCancelled', `job ${resource.id} was cancelled in the job service`);
      }
    },
  };
}

const entry: PluginEntry = {
  id: '{{pluginId}}',
  supportedTaskTypes: [{{taskTypesList}}],
  pluginLoader: () => create{{pluginClassName}}Plugin(),
};

export default entry;
