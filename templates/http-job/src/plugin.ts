/**
 * {{pluginId}}: a Flyte Web API plugin (AsyncPlugin) for a REST job API.
 *
 *   create  POST /jobs (with the attempt's generatedName as Idempotency-Key), token from the secret manager
 *   get     GET /jobs/:id, every caching.resyncInterval (sees only the resourceMeta: see src/token.ts)
 *   status  job state → phase; on success the outputs are written
 *   delete  DELETE /jobs/:id when the task is aborted (a job already gone is fine)
 *
 * The task names the API in `custom.baseUrl` and the command in its `command` input.
 */
import {
  type AsyncPlugin,
  type PluginEntry,
  PermanentError,
  TransientError,
  phaseInfoFailure,
  phaseInfoQueued,
  phaseInfoRunning,
  phaseInfoSuccess,
  phaseInfoSystemFailure,
} from 'webapi-plugin';
import { type Job, JobApiClient } from './client.js';
import { TOKEN_SECRET, TokenSource } from './token.js';

/** Persisted between rounds: where the job is. Never the token. */
export interface ResourceMeta {
  baseUrl: string;
  jobId: string;
}

export interface PluginOptions {
  tokens?: TokenSource;
  fetch?: typeof fetch;
}

export function create{{pluginClassName}}Plugin(opts: PluginOptions = {}): AsyncPlugin<ResourceMeta, Job> {
  const tokens = opts.tokens ?? new TokenSource();
  const client = (baseUrl: string, token: string) => new JobApiClient(baseUrl, token, opts.fetch);

  return {
    getConfig() {
      // This plugin's layer over Flyte's defaults; the config file, environment and flags layer over it.
      return {
        caching: { resyncInterval: '10s' },
        readRateLimiter: { qps: 10, burst: 20 },
        writeRateLimiter: { qps: 5, burst: 10 },
        resourceQuotas: { default: 20 },
      };
    },

    resourceRequirements() {
      return { namespace: 'default' };
    },

    async create(tCtx) {
      const template = await tCtx.taskReader.read();
      const inputs = await tCtx.inputReader.get();
      const baseUrl = template.custom?.baseUrl;
      if (typeof baseUrl !== 'string' || !/^https?:\/\//.test(baseUrl)) {
        throw new PermanentError(`custom.baseUrl must be an http(s) URL, got ${JSON.stringify(baseUrl)}`, { code: 'BadTaskTemplate' });
      }
      if (typeof inputs.command !== 'string' || inputs.command === '') {
        throw new PermanentError('input "command" must be a non-empty string', { code: 'BadInput' });
      }
      const durationMs = template.custom?.durationMs;
      const token = await tCtx.secretManager.get(TOKEN_SECRET);
      tokens.remember(token);
      const generatedName = tCtx.taskExecutionMetadata.taskExecutionId.generatedName;
      const job = await client(baseUrl, token)
        .submit({ name: generatedName, command: inputs.command, ...(typeof durationMs === 'number' && { durationMs }) }, generatedName, tCtx.signal)
        .catch((err: unknown) => {
          // Nothing listens at baseUrl, so nothing was submitted: say so at once instead of retrying
          // (a wrong URL, or the API not started). Flyte's task retries still apply.
          if (err instanceof TransientError && err.code === 'ConnectionRefused') {
            throw new PermanentError(`${err.message}: is the job API running there? (locally: {{runScriptPrefix}} mock-server)`, {
              code: 'ConnectionRefused',
              kind: 'SYSTEM',
              cause: err,
            });
          }
          throw err;
        });
      return { resourceMeta: { baseUrl, jobId: job.id }, resource: job };
    },

    async get({ resourceMeta, signal }) {
      return client(resourceMeta.baseUrl, tokens.current()).get(resourceMeta.jobId, signal);
    },

    async delete({ resourceMeta, signal }) {
      return client(resourceMeta.baseUrl, tokens.current()).cancel(resourceMeta.jobId, signal);
    },

    async status({ resource, resourceMeta, outputWriter }) {
      const logs = [{ name: 'Job', uri: `${resourceMeta.baseUrl}/jobs/${resource.id}`, showWhilePending: true }];
      switch (resource.state) {
        case 'QUEUED':
          return phaseInfoQueued('queued in the job API', { info: { logs } });
        case 'RUNNING':
          return phaseInfoRunning({ info: { logs } });
        case 'SUCCEEDED':
          await outputWriter.put({ exitCode: resource.exitCode ?? 0, stdout: resource.stdout ?? '' });
          return phaseInfoSuccess({ info: { logs } });
        case 'FAILED':
          return phaseInfoFailure('JobFailed', `job ${resource.id} exited with ${resource.exitCode ?? 'an error'}`, { info: { logs } });
        case 'CANCELLED':
          return phaseInfoSystemFailure('JobCancelled', `job ${resource.id} was cancelled outside Flyte`, { info: { logs } });
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
