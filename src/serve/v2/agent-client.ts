/**
 * The `run --agent` client's Flyte 2 side: AsyncConnectorService (CreateTask, GetTask, DeleteTask, each
 * with the task's `connection`) and ListConnectors — as the Flyte 2 backend's connector plugin calls
 * them: inputs as named literals, the interface's variables as entries. Resources come back in v1's shape
 * (outputs as a core.LiteralMap, no state/agent_error) for the shared phase mapping.
 */
import { type AgentChannel, type AgentConnection, type AgentProtocolClient, type AgentRef, invoke } from '../agent-call.js';
import type { Resource__Output as V1Resource } from '../generated/flyteidl/admin/Resource.js';
import type { CreateTaskRequest } from '../generated/flyteidl2/connector/CreateTaskRequest.js';
import type { CreateTaskResponse__Output } from '../generated/flyteidl2/connector/CreateTaskResponse.js';
import type { GetTaskResponse__Output } from '../generated/flyteidl2/connector/GetTaskResponse.js';
import type { ListConnectorsResponse__Output } from '../generated/flyteidl2/connector/ListConnectorsResponse.js';
import type { Resource__Output } from '../generated/flyteidl2/connector/Resource.js';
import { ProtoSchema } from '../reflect.js';
import { namedLiteralsToMap, templateJsonToV2 } from './messages.js';
import { loadProtos2 } from './proto.js';

export async function flyteidl2Client(ch: AgentChannel): Promise<AgentProtocolClient> {
  const protos = await loadProtos2();
  const schema = new ProtoSchema(protos.packageDefinition);
  const svc = protos.connector.flyteidl2.connector;
  const async = ch.client(svc.AsyncConnectorService);
  const metadata = ch.client(svc.ConnectorMetadataService);
  const md = () => new ch.grpc.Metadata();
  const connection = (taskType: string, c: AgentConnection | undefined) => (c ? { connection: { task_type: taskType, secrets: c.secrets, configs: c.configs } } : {});
  const ref = (r: AgentRef) => ({ task_category: { name: r.taskType, version: r.taskTypeVersion }, resource_meta: r.resourceMeta, ...connection(r.taskType, r.connection) });

  return {
    protocol: 'v2',
    async list() {
      const res = await invoke<ListConnectorsResponse__Output>((cb) => metadata.ListConnectors({}, md(), ch.deadline('ListAgents'), cb));
      return (res?.connectors ?? []).map((c) => ({ name: c.name, taskTypes: [...new Set(c.supported_task_categories.map((t) => t.name))], isSync: false }));
    },
    async create(req, signal) {
      const body: CreateTaskRequest = {
        // throws ProtoConversionError naming the path of a field Flyte 2 does not have
        template: schema.fromJson('flyteidl2.core.TaskTemplate', templateJsonToV2(req.template), 'template') as CreateTaskRequest['template'],
        inputs: { literals: Object.entries(req.inputs.literals ?? {}).map(([name, value]) => ({ name, value: value as never })) },
        output_prefix: req.outputPrefix,
        task_execution_metadata: req.metadata as CreateTaskRequest['task_execution_metadata'],
        ...connection(req.template.type, req.connection),
      };
      const res = await invoke<CreateTaskResponse__Output>((cb) => async.CreateTask(body, md(), ch.deadline('CreateTask'), cb), signal);
      return Buffer.from(res.resource_meta);
    },
    async get(r, signal) {
      const res = await invoke<GetTaskResponse__Output>((cb) => async.GetTask({ ...ref(r), output_prefix: r.outputPrefix }, md(), ch.deadline('GetTask'), cb), signal);
      if (!res.resource) throw Object.assign(new Error('GetTask returned no resource'), { code: ch.grpc.status.INTERNAL });
      return asV1(res.resource);
    },
    async delete(r, signal) {
      await invoke((cb) => async.DeleteTask(ref(r), md(), ch.deadline('DeleteTask'), cb), signal);
    },
  };
}

/** Flyte 2's Resource in v1's shape: the same phase, message, log links and custom info; outputs as a LiteralMap. */
function asV1(r: Resource__Output): V1Resource {
  return {
    phase: r.phase,
    message: r.message,
    log_links: r.log_links as V1Resource['log_links'],
    custom_info: r.custom_info,
    outputs: r.outputs ? (namedLiteralsToMap(r.outputs) as V1Resource['outputs']) : null,
    state: 'RETRYABLE_FAILURE', // the zero value; read only for an UNDEFINED phase (Flyte 2 has no state)
    agent_error: null,
  };
}
