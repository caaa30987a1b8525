/**
 * The `run --agent` client's flyteidl v1 side: AsyncAgentService (CreateTask, GetTask, DeleteTask),
 * SyncAgentService (ExecuteTaskSync: header, then inputs, then the one answer) and ListAgents — as
 * Propeller's connector plugin calls them.
 */
import { type AgentChannel, type AgentCreate, type AgentProtocolClient, type AgentRef, invoke } from '../agent-call.js';
import type { CreateTaskRequest } from '../generated/flyteidl/admin/CreateTaskRequest.js';
import type { CreateTaskResponse__Output } from '../generated/flyteidl/admin/CreateTaskResponse.js';
import type { GetTaskResponse__Output } from '../generated/flyteidl/admin/GetTaskResponse.js';
import type { ListAgentsResponse__Output } from '../generated/flyteidl/admin/ListAgentsResponse.js';
import type { Resource__Output } from '../generated/flyteidl/admin/Resource.js';
import { loadProtos } from '../proto.js';
import { ProtoSchema } from '../reflect.js';

export async function flyteidlV1Client(ch: AgentChannel): Promise<AgentProtocolClient> {
  const protos = await loadProtos();
  const schema = new ProtoSchema(protos.packageDefinition);
  const svc = protos.agent.flyteidl.service;
  const async = ch.client(svc.AsyncAgentService);
  const sync = ch.client(svc.SyncAgentService);
  const metadata = ch.client(svc.AgentMetadataService);
  const md = () => new ch.grpc.Metadata();
  /** Throws ProtoConversionError naming the path of a field v1 does not have. */
  const template = (t: AgentCreate['template']) => schema.fromJson('flyteidl.core.TaskTemplate', t, 'template') as CreateTaskRequest['template'];
  const ref = (r: AgentRef) => ({
    task_type: r.taskType,
    task_category: { name: r.taskType, version: r.taskTypeVersion },
    resource_meta: r.resourceMeta,
  });

  return {
    protocol: 'v1',
    async list() {
      const res = await invoke<ListAgentsResponse__Output>((cb) => metadata.ListAgents({}, md(), ch.deadline('ListAgents'), cb));
      return (res?.agents ?? []).map((a) => ({
        name: a.name,
        taskTypes: [...new Set([...a.supported_task_types, ...a.supported_task_categories.map((c) => c.name)])],
        isSync: a.is_sync,
      }));
    },
    async create(req, signal) {
      const body: CreateTaskRequest = { template: template(req.template), inputs: req.inputs as CreateTaskRequest['inputs'], output_prefix: req.outputPrefix, task_execution_metadata: req.metadata };
      const res = await invoke<CreateTaskResponse__Output>((cb) => async.CreateTask(body, md(), ch.deadline('CreateTask'), cb), signal);
      return Buffer.from(res.resource_meta);
    },
    executeSync(req, signal) {
      const header = { template: template(req.template), output_prefix: req.outputPrefix, task_execution_metadata: req.metadata };
      return new Promise<Resource__Output>((resolve, reject) => {
        const call = sync.ExecuteTaskSync(md(), ch.deadline('ExecuteTaskSync'));
        let resource: Resource__Output | undefined;
        const onAbort = () => call.cancel();
        signal.addEventListener('abort', onAbort, { once: true });
        call.on('data', (msg: { header?: { resource?: Resource__Output | null } | null }) => {
          if (msg.header?.resource && !resource) resource = msg.header.resource;
        });
        call.on('error', (err) => {
          signal.removeEventListener('abort', onAbort);
          reject(err);
        });
        call.on('end', () => {
          signal.removeEventListener('abort', onAbort);
          if (resource) resolve(resource);
          else reject(Object.assign(new Error('the stream ended without a resource'), { code: ch.grpc.status.UNKNOWN }));
        });
        call.write({ header });
        call.write({ inputs: req.inputs as CreateTaskRequest['inputs'] });
        call.end();
      });
    },
    async get(r, signal) {
      const res = await invoke<GetTaskResponse__Output>((cb) => async.GetTask({ ...ref(r), output_prefix: r.outputPrefix }, md(), ch.deadline('GetTask'), cb), signal);
      if (!res.resource) throw Object.assign(new Error('GetTask returned no resource'), { code: ch.grpc.status.INTERNAL });
      return res.resource;
    },
    async delete(r, signal) {
      await invoke((cb) => async.DeleteTask(ref(r), md(), ch.deadline('DeleteTask'), cb), signal);
    },
  };
}
