/**
 * The quick-start plugin: submits a job to a (simulated) remote API, polls it, cancels it.
 * Everything a real Web API plugin does, with no external service:
 *
 *   webapi-plugin run examples/quickstart/task.yaml
 *   webapi-plugin run examples/quickstart/task.yaml --set custom.fail=... (see task.yaml)
 */
import {
  type AsyncPlugin,
  type SecretManager,
  definePlugin,
  phaseInfoFailure,
  phaseInfoQueued,
  phaseInfoRetryableFailure,
  phaseInfoRunning,
  phaseInfoSuccess,
  phaseInfoAborted,
} from 'webapi-plugin';
import { type JobStatus, SimulatedJobApi } from './api.js';

/**
 * What `get` and `delete` need later. It is persisted (and, when served, sent to Flyte), so it holds no
 * secret: `get`/`delete` read the API token through the setup context's secret manager instead.
 */
interface Meta {
  jobId: string;
}

interface Custom {
  /** How long the job waits in the queue and runs (ms). */
  queuedMs?: number;
  runMs?: number;
  /** Fail every attempt with this message (permanent failure). */
  fail?: string;
  /** Fail the first attempt only (a retryable failure: with metadata.retries ≥ 1 the retry succeeds). */
  failOnce?: string;
}

const clients = new Map<string, SimulatedJobApi>();
const client = (token: string) => {
  let c = clients.get(token);
  if (!c) clients.set(token, (c = new SimulatedJobApi(token)));
  return c;
};

const TOKEN = 'QUICKSTART_API_TOKEN';

const createPlugin = (secrets: SecretManager): AsyncPlugin<Meta, JobStatus> => ({
  getConfig: () => ({
    // Production values (Flyte accepts a resync interval of 5s–1h). Local runs poll faster: the
    // example's .webapi-pluginrc.yaml sets 300ms, marked `# @local`.
    caching: { resyncInterval: '5s', workers: 4 },
    resourceQuotas: { default: 4 },
  }),

  async create(tCtx) {
    const template = await tCtx.taskReader.read();
    const custom = (template.custom ?? {}) as Custom;
    const inputs = await tCtx.inputReader.get();
    const id = tCtx.taskExecutionMetadata.taskExecutionId;
    const token = await tCtx.secretManager.get(TOKEN);
    const failNow = custom.fail ?? (custom.failOnce && id.retryAttempt === 0 ? `retryable: ${custom.failOnce}` : undefined);
    const job = await client(token).submit({
      name: id.generatedName,
      queuedMs: custom.queuedMs ?? 500,
      runMs: custom.runMs ?? 1200,
      ...(failNow !== undefined && { fail: failNow }),
      inputs,
    });
    return { resourceMeta: { jobId: job.id } };
  },

  async get({ resourceMeta }) {
    return client(await secrets.get(TOKEN)).status(resourceMeta.jobId);
  },

  async delete({ resourceMeta }) {
    await client(await secrets.get(TOKEN)).cancel(resourceMeta.jobId);
  },

  async status({ resource, outputWriter }) {
    const logs = [{ name: 'Job logs', uri: resource.logsUrl, showWhilePending: true }];
    switch (resource.state) {
      case 'QUEUED':
        return phaseInfoQueued(resource.message, { info: { logs } });
      case 'RUNNING':
        return phaseInfoRunning({ reason: resource.message, info: { logs } });
      case 'SUCCEEDED':
        await outputWriter.put(resource.result ?? {});
        return phaseInfoSuccess({ info: { logs } });
      case 'CANCELLED':
        return phaseInfoAborted(resource.message);
      case 'FAILED':
        return resource.message.startsWith('retryable: ')
          ? phaseInfoRetryableFailure('JobFailed', resource.message.slice('retryable: '.length), { info: { logs } })
          : phaseInfoFailure('JobFailed', resource.message, { info: { logs } });
    }
  },
});

export default definePlugin({
  id: 'quickstart',
  supportedTaskTypes: ['quickstart-job'],
  pluginLoader: ({ secretManager }) => createPlugin(secretManager),
});
