/**
 * `{{pluginId}}`: runs a task as a Slurm batch job through Slurm's REST API (slurmrestd, JWT auth).
 *
 * Task file (the parts this plugin reads):
 *
 *   type: {{taskType}}
 *   config:                       # strings; each falls back to an environment variable
 *     slurmUrl: http://127.0.0.1:6820   # SLURM_REST_URL (required)
 *     apiVersion: v0.0.38         # SLURM_API_VERSION (default v0.0.38, Slurm 22.05)
 *     user: root                  # SLURM_USER_NAME (default: the token's `sun` claim)
 *     tokenSecret: SLURM_JWT      # which secret holds the JWT (default SLURM_JWT)
 *     workdir: /shared/jobs       # SLURM_WORKDIR (default: <the attempt's output prefix>/slurm)
 *   custom:
 *     script: |                   # the batch script; needs a #! line
 *       #!/bin/bash
 *       echo hello
 *     environment: {FOO: bar}     # job environment (PATH is set for you); inputs arrive as INPUT_<NAME>
 *     partition: debug
 *     timeLimit: 10m              # Go duration or minutes; Slurm's own limit (→ TimeoutExpired)
 *     cpusPerTask: 1
 *     job: {}                     # any other v0.0.38 job-description fields, passed through
 *
 * The job's name is the attempt's generated name; create first looks for a job with that name and
 * returns it instead of submitting again, so a repeated create (a retry, a resumed run) never makes a
 * second job. Outputs on success: {jobId, exitCode, stdoutPath}.
 */
import { mkdir, open, readFile } from 'node:fs/promises';
import { constants as osConstants } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  definePlugin,
  parseDuration,
  PermanentError,
  phaseInfoAborted,
  phaseInfoFailure,
  phaseInfoQueued,
  phaseInfoRetryableFailure,
  phaseInfoRunning,
  phaseInfoSuccess,
  phaseInfoSystemRetryableFailure,
  type AsyncPlugin,
  type PhaseInfo,
  type SecretManager,
  type TaskExecutionContextReader,
  type TaskInfo,
  type TaskTemplate,
} from 'webapi-plugin';
import { decodeWaitStatus, SlurmApi, type SlurmJob } from './slurm-api.js';

/** What get/delete need later. Persisted, so: no token, only the name of the secret holding it. */
export interface SlurmMeta {
  jobId: number;
  jobName: string;
  baseUrl: string;
  apiVersion: string;
  userName: string;
  tokenSecret: string;
  stdoutPath: string;
}

/** The slice of Slurm's job record that `status` reads. */
export interface SlurmResource {
  jobId: number;
  state: string;
  reason: string;
  /** Raw wait status as Slurm reports it. */
  exitStatus: number;
  description?: string;
}

export interface SlurmPluginOptions {
  /** Where config fallbacks (SLURM_REST_URL, ...) and the resume-time secret fallback are read. Default process.env. */
  env?: Record<string, string | undefined>;
  fetch?: typeof fetch;
}

export const DEFAULT_API_VERSION = 'v0.0.38';
export const DEFAULT_TOKEN_SECRET = 'SLURM_JWT';
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** Terminal Slurm states (22.05). Anything else is still going. */
const TERMINAL = new Set(['COMPLETED', 'FAILED', 'CANCELLED', 'TIMEOUT', 'NODE_FAIL', 'PREEMPTED', 'OUT_OF_MEMORY', 'BOOT_FAIL', 'DEADLINE']);

interface Settings {
  baseUrl: string;
  apiVersion: string;
  user?: string;
  tokenSecret: string;
  workdir?: string;
}

interface JobSpec {
  script: string;
  environment: Record<string, string>;
  partition?: string;
  timeLimitMinutes?: number;
  cpusPerTask?: number;
  job: Record<string, unknown>;
}

const bad = (message: string) => new PermanentError(message, { code: 'BadTaskSpecification', kind: 'USER' });

function readSettings(template: TaskTemplate, env: Record<string, string | undefined>): Settings {
  const cfg = template.config ?? {};
  const pick = (key: string, envKey?: string): string | undefined => {
    const v = cfg[key] ?? (envKey ? env[envKey] : undefined);
    return v === undefined || v === '' ? undefined : String(v);
  };
  const baseUrl = pick('slurmUrl', 'SLURM_REST_URL');
  if (!baseUrl) throw bad('no Slurm REST URL: set config.slurmUrl in the task file (or SLURM_REST_URL), e.g. http://127.0.0.1:6820');
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw bad(`config.slurmUrl is not a URL: "${baseUrl}" (expected e.g. http://127.0.0.1:6820)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw bad(`config.slurmUrl must be http(s), got "${baseUrl}"`);
  const apiVersion = pick('apiVersion', 'SLURM_API_VERSION') ?? DEFAULT_API_VERSION;
  if (!/^v\d+\.\d+\.\d+$/.test(apiVersion)) throw bad(`config.apiVersion must look like v0.0.38, got "${apiVersion}"`);
  const s: Settings = { baseUrl: baseUrl.replace(/\/+$/, ''), apiVersion, tokenSecret: pick('tokenSecret') ?? DEFAULT_TOKEN_SECRET };
  const user = pick('user', 'SLURM_USER_NAME');
  if (user) s.user = user;
  const workdir = pick('workdir', 'SLURM_WORKDIR');
  if (workdir) s.workdir = workdir;
  return s;
}

function readJobSpec(template: TaskTemplate, inputs: Record<string, unknown>): JobSpec {
  const c = template.custom ?? {};
  const script = c.script;
  if (typeof script !== 'string' || script.trim() === '') throw bad('custom.script is missing: give the batch script to run (starting with a #! line)');
  // Slurm's REST API accepts a script without #! and the job then fails with exit code 8.
  if (!script.startsWith('#!')) throw bad('custom.script must start with a #! line (e.g. #!/bin/bash): Slurm cannot run it otherwise');
  const environment: Record<string, string> = { PATH: DEFAULT_PATH };
  for (const [k, v] of Object.entries(inputs)) {
    if (['string', 'number', 'boolean'].includes(typeof v)) environment[`INPUT_${k.toUpperCase().replace(/[^A-Z0-9_]/g, '_')}`] = String(v);
  }
  if (c.environment !== undefined) {
    if (!c.environment || typeof c.environment !== 'object' || Array.isArray(c.environment)) throw bad('custom.environment must be a map of NAME: value');
    for (const [k, v] of Object.entries(c.environment)) {
      if (!['string', 'number', 'boolean'].includes(typeof v)) throw bad(`custom.environment.${k} must be a string, number or boolean`);
      environment[k] = String(v);
    }
  }
  const spec: JobSpec = { script, environment, job: {} };
  if (c.partition !== undefined) {
    if (typeof c.partition !== 'string' || !c.partition) throw bad('custom.partition must be a non-empty string');
    spec.partition = c.partition;
  }
  if (c.timeLimit !== undefined) {
    let ms: number;
    if (typeof c.timeLimit === 'number') ms = c.timeLimit * 60_000;
    else {
      try {
        ms = parseDuration(String(c.timeLimit));
      } catch {
        throw bad(`custom.timeLimit must be a Go duration (e.g. 10m, 1h30m) or a number of minutes, got "${String(c.timeLimit)}"`);
      }
    }
    if (!(ms > 0)) throw bad('custom.timeLimit must be positive');
    spec.timeLimitMinutes = Math.ceil(ms / 60_000); // Slurm's unit is whole minutes
  }
  if (c.cpusPerTask !== undefined) {
    if (!Number.isInteger(c.cpusPerTask) || (c.cpusPerTask as number) < 1) throw bad('custom.cpusPerTask must be a positive integer');
    spec.cpusPerTask = c.cpusPerTask as number;
  }
  if (c.job !== undefined) {
    if (!c.job || typeof c.job !== 'object' || Array.isArray(c.job)) throw bad('custom.job must be a map of Slurm job-description fields');
    spec.job = c.job as Record<string, unknown>;
  }
  return spec;
}

/** A local directory for the job: config.workdir, else the attempt's output prefix when it is a local path. */
function jobDirectory(settings: Settings, outputPrefix: string, generatedName: string): string {
  if (settings.workdir) return join(resolve(settings.workdir), generatedName);
  if (outputPrefix.startsWith('file://')) return join(fileURLToPath(outputPrefix), 'slurm');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(outputPrefix)) {
    throw bad(`the output prefix ${outputPrefix} is not a local directory; set config.workdir (or SLURM_WORKDIR) to a directory the Slurm nodes can write to`);
  }
  return join(resolve(outputPrefix), 'slurm');
}

/** The `sun` (Slurm user name) claim of a Slurm JWT, without verifying it (the cluster does that). */
function tokenUser(token: string): string | undefined {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    return typeof payload?.sun === 'string' && payload.sun ? payload.sun : undefined;
  } catch {
    return undefined;
  }
}

/** Where Flyte (and `webapi-plugin run`) put a secret in the environment: FLYTE_SECRET_<key>, or FLYTE_SECRET_<GROUP>_<KEY>. */
function envSecretName(key: string): string {
  const slash = key.indexOf('/');
  if (slash > 0 && slash < key.length - 1) return `FLYTE_SECRET_${key.slice(0, slash)}_${key.slice(slash + 1)}`.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  return `FLYTE_SECRET_${key}`;
}

function expandOutputPath(pattern: string, jobId: number, name: string, cwd: string): string {
  if (!pattern) return join(cwd, `slurm-${jobId}.out`);
  const p = pattern.replace(/%j/g, String(jobId)).replace(/%x/g, name).replace(/%%/g, '%');
  return resolve(cwd, p);
}

function toResource(job: SlurmJob): SlurmResource {
  const r: SlurmResource = {
    jobId: job.job_id,
    state: job.job_state,
    reason: job.state_reason ?? '',
    exitStatus: typeof job.exit_code === 'number' ? job.exit_code : 0,
  };
  if (job.state_description) r.description = job.state_description;
  return r;
}

function signalName(n: number): string {
  const found = Object.entries(osConstants.signals).find(([, v]) => v === n);
  return found ? found[0] : `signal ${n}`;
}

/** The end of the job's output file (best effort; the file is local to this single-node setup). */
async function outputTail(path: string, maxBytes = 600): Promise<string> {
  try {
    const fh = await open(path, 'r');
    try {
      const { size } = await fh.stat();
      const len = Math.min(size, maxBytes);
      const buf = Buffer.alloc(len);
      await fh.read(buf, 0, len, size - len);
      const lines = buf.toString('utf8').trimEnd().split('\n').slice(-5);
      return lines.join('\n');
    } finally {
      await fh.close();
    }
  } catch {
    return '';
  }
}

const MAX_REMEMBERED = 10_000;

export function createSlurmPlugin(options: SlurmPluginOptions = {}): AsyncPlugin<SlurmMeta, SlurmResource> {
  const env = options.env ?? process.env;

  // Token access. The JWT comes from the task's secret manager and must never be stored in resourceMeta.
  // But Flyte's get/delete see only resourceMeta, not the secret manager. So this plugin instance keeps
  // the SecretManager (a reader, never the token itself) of every task context it is handed — in
  // resourceRequirements, create and status — keyed by the job name (the attempt's generated name, which
  // resourceMeta has), and get/delete read the token through it on each call (a rotated secret is picked
  // up). A resumed run calls resourceRequirements before its first get (to take its quota slot again;
  // that is why getConfig declares a quota), so a resumed run finds its secret manager too. Elsewhere
  // (a Flyte agent, which has no task context in get/delete) the most recently seen secret manager is
  // used, and with none at all the secret named in resourceMeta.tokenSecret is read the way Flyte mounts
  // secrets: the variable FLYTE_SECRET_<KEY>, then the file $FLYTE_SECRETS_DEFAULT_DIR/<key>
  // (default /etc/secrets). The token is only ever held in memory for one request.
  const managers = new Map<string, SecretManager>();
  let lastManager: SecretManager | undefined;
  const remember = (name: string, sm: SecretManager) => {
    lastManager = sm;
    managers.delete(name);
    managers.set(name, sm);
    if (managers.size > MAX_REMEMBERED) managers.delete(managers.keys().next().value as string);
  };
  const readMountedSecret = async (key: string): Promise<string | undefined> => {
    const fromEnv = env[envSecretName(key)];
    if (fromEnv !== undefined) return fromEnv;
    try {
      return await readFile(join(env.FLYTE_SECRETS_DEFAULT_DIR || '/etc/secrets', ...key.split('/')), 'utf8');
    } catch {
      return undefined;
    }
  };
  const readToken = async (meta: Pick<SlurmMeta, 'jobName' | 'tokenSecret'>): Promise<string> => {
    const sm = managers.get(meta.jobName) ?? lastManager;
    const value = sm ? await sm.get(meta.tokenSecret) : await readMountedSecret(meta.tokenSecret);
    if (!value || !value.trim()) {
      const where = `${envSecretName(meta.tokenSecret)} or ${join(env.FLYTE_SECRETS_DEFAULT_DIR || '/etc/secrets', meta.tokenSecret)}`;
      throw new PermanentError(`no Slurm token: the secret "${meta.tokenSecret}" is ${sm ? 'empty' : `not available here (set ${where})`}`, {
        code: 'MissingSecret',
        kind: 'SYSTEM',
      });
    }
    return value.trim();
  };
  const apiFor = (meta: Pick<SlurmMeta, 'baseUrl' | 'apiVersion' | 'userName' | 'tokenSecret' | 'jobName'>) =>
    new SlurmApi({
      baseUrl: meta.baseUrl,
      apiVersion: meta.apiVersion,
      userName: meta.userName,
      tokenSecret: meta.tokenSecret,
      token: () => readToken(meta),
      ...(options.fetch && { fetch: options.fetch }),
    });

  return {
    getConfig() {
      return {
        // Poll every second: fine for short jobs on a small cluster (Flyte's production range starts at
        // 5s; raise it for long jobs on a shared cluster).
        caching: { resyncInterval: '1s' },
        // At most this many of our jobs pending or running at once (override: resourceQuotas.default).
        resourceQuotas: { default: 64 },
      };
    },

    resourceRequirements(tCtx) {
      remember(tCtx.taskExecutionMetadata.taskExecutionId.generatedName, tCtx.secretManager);
      return { namespace: 'default' };
    },

    async create(tCtx: TaskExecutionContextReader) {
      const name = tCtx.taskExecutionMetadata.taskExecutionId.generatedName;
      remember(name, tCtx.secretManager);
      const template = await tCtx.taskReader.read();
      const settings = readSettings(template, env);
      const spec = readJobSpec(template, await tCtx.inputReader.get());
      let userName = settings.user;
      if (!userName) {
        userName = tokenUser(await readToken({ jobName: name, tokenSecret: settings.tokenSecret }));
        if (!userName) throw bad('config.user is not set and the token has no `sun` claim: set config.user (or SLURM_USER_NAME) to the Slurm user name');
      }
      const base = { jobName: name, baseUrl: settings.baseUrl, apiVersion: settings.apiVersion, userName, tokenSecret: settings.tokenSecret };
      const api = apiFor(base);

      // Idempotency: a job with this attempt's name may exist already (a create that was retried, or a
      // run killed after submitting). Prefer one still going; else one that finished (it already ran this
      // attempt); a job someone cancelled does not count.
      const mine = (await api.listJobs(tCtx.signal)).filter((j) => j.name === name).sort((a, b) => b.job_id - a.job_id);
      const existing = mine.find((j) => !TERMINAL.has(j.job_state)) ?? mine.find((j) => j.job_state !== 'CANCELLED');
      if (existing) {
        const cwd = existing.current_working_directory || '/';
        return {
          resourceMeta: { ...base, jobId: existing.job_id, stdoutPath: expandOutputPath(existing.standard_output ?? '', existing.job_id, name, cwd) },
          resource: toResource(existing),
        };
      }

      const dir = jobDirectory(settings, tCtx.outputWriter.outputPrefix, name);
      try {
        await mkdir(dir, { recursive: true });
      } catch (err) {
        throw bad(`cannot create the job directory ${dir}: ${(err as Error).message}`);
      }
      const jobId = await api.submit(
        {
          script: spec.script,
          job: {
            ...spec.job,
            name,
            current_working_directory: dir,
            standard_output: join(dir, 'slurm-%j.out'),
            environment: spec.environment,
            ...(spec.partition !== undefined && { partition: spec.partition }),
            ...(spec.timeLimitMinutes !== undefined && { time_limit: spec.timeLimitMinutes }),
            ...(spec.cpusPerTask !== undefined && { cpus_per_task: spec.cpusPerTask }),
          },
        },
        tCtx.signal,
      );
      const resourceMeta: SlurmMeta = { ...base, jobId, stdoutPath: join(dir, `slurm-${jobId}.out`) };
      // Report the first state right away when Slurm answers; if not, the engine's next get will.
      try {
        const job = await api.getJob(jobId, tCtx.signal);
        if (job) return { resourceMeta, resource: toResource(job) };
      } catch {
        // fall through
      }
      return { resourceMeta };
    },

    async get({ resourceMeta, signal }) {
      const job = await apiFor(resourceMeta).getJob(resourceMeta.jobId, signal);
      if (!job) {
        throw new PermanentError(
          `Slurm no longer knows job ${resourceMeta.jobId} (${resourceMeta.jobName}): it was never there or was purged after MinJobAge`,
          { code: 'JobNotFound', kind: 'SYSTEM' },
        );
      }
      return toResource(job);
    },

    async delete({ resourceMeta, signal }) {
      await apiFor(resourceMeta).cancel(resourceMeta.jobId, signal);
    },

    async status(ctx): Promise<PhaseInfo> {
      const { resourceMeta: meta, resource: r } = ctx;
      remember(meta.jobName, ctx.secretManager);
      const job = `Slurm job ${meta.jobId}`;
      const info: TaskInfo = {
        logs: [{ name: `${job} output`, uri: pathToFileURL(meta.stdoutPath).href, showWhilePending: true }],
        externalResources: [{ externalId: String(meta.jobId) }],
        customInfo: { jobId: meta.jobId, state: r.state, reason: r.reason },
      };
      const { exitCode, signal } = decodeWaitStatus(r.exitStatus);
      const how = signal !== undefined ? `killed by ${signalName(signal)}` : `exit code ${exitCode}`;
      const withTail = async (msg: string) => {
        const tail = await outputTail(meta.stdoutPath);
        return tail ? `${msg}; last output:\n${tail}` : msg;
      };
      switch (r.state) {
        case 'PENDING':
        case 'CONFIGURING':
          return phaseInfoQueued(`${job} is ${r.state}${r.reason && r.reason !== 'None' ? ` (${r.reason})` : ''}`, { info });
        case 'RUNNING':
        case 'COMPLETING':
          return phaseInfoRunning({ info, reason: `${job} is ${r.state}` });
        case 'COMPLETED': {
          await ctx.outputWriter.put({ jobId: meta.jobId, exitCode, stdoutPath: meta.stdoutPath });
          return phaseInfoSuccess({ info, reason: `${job} COMPLETED` });
        }
        case 'FAILED':
          return phaseInfoFailure(signal !== undefined ? 'Signaled' : 'NonZeroExitCode', await withTail(`${job} FAILED ${signal !== undefined ? `(${how})` : `with ${how}`}`), { info });
        case 'OUT_OF_MEMORY':
          return phaseInfoFailure('OutOfMemory', await withTail(`${job} ran OUT_OF_MEMORY (${how})`), { info });
        case 'NODE_FAIL':
        case 'BOOT_FAIL':
        case 'PREEMPTED':
          return phaseInfoSystemRetryableFailure(r.state, `${job} ended ${r.state}${r.reason && r.reason !== 'None' ? ` (${r.reason})` : ''}: the cluster, not the job, failed`, { info });
        case 'TIMEOUT':
        case 'DEADLINE':
          return phaseInfoRetryableFailure('TimeoutExpired', `${job} hit its Slurm time limit (${r.state})`, { info });
        case 'CANCELLED':
          return phaseInfoAborted(`${job} was CANCELLED`, { info });
        default:
          // REQUEUED, RESIZING, SUSPENDED, ...: not terminal, still going.
          return phaseInfoRunning({ info, reason: `${job} is ${r.state}` });
      }
    },
  };
}

export default definePlugin({
  id: '{{pluginId}}',
  supportedTaskTypes: [{{taskTypesList}}],
  pluginLoader: () => createSlurmPlugin(),
});
