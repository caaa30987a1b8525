/**
 * flyteidl v1's `flyteidl.service.AsyncAgentService`: CreateTask, GetTask, DeleteTask (what Propeller
 * calls) and GetTaskMetrics / GetTaskLogs (the optional hooks; Propeller v1 never calls them). Decodes
 * v1 messages into the core's plain inputs and maps its results back; all the work is in core.ts.
 */
import type { AsyncAgentServiceHandlers } from '../generated/flyteidl/service/AsyncAgentService.js';
import { serveTaskLogs, serveTaskMetrics } from '../logs-metrics.js';
import { fieldBytes } from '../rpc.js';
import { metadataFromProto } from '../context.js';
import { categoryFromV1, resourceV1, templateFromV1, type V1Deps } from './messages.js';

/** CreateTaskRequest's field number of `inputs`, whose encoded size is flytekit's input_literal_bytes. */
export const CREATE_TASK_INPUTS_FIELD = 1;

export function asyncAgentService({ rpc, core, schema, metrics, redactor }: V1Deps): AsyncAgentServiceHandlers {
  return {
    CreateTask: rpc.unary('CreateTask', 'create', async (req, signal, track) => {
      const template = templateFromV1(schema, req.template);
      metrics.inputBytes(template.type, fieldBytes(req));
      const resource_meta = await core.createTask(
        { template, inputs: req.inputs, outputPrefix: req.output_prefix, metadata: metadataFromProto(req.task_execution_metadata, template), signal },
        track,
      );
      return { resource_meta };
    }),

    GetTask: rpc.unary('GetTask', 'get', async (req, signal, track) => {
      const result = await core.getTask({ resourceMeta: req.resource_meta, category: categoryFromV1(req), outputPrefix: req.output_prefix, signal }, track);
      return { resource: resourceV1(result) };
    }),

    DeleteTask: rpc.unary('DeleteTask', 'delete', async (req, signal, track) => {
      await core.deleteTask({ resourceMeta: req.resource_meta, category: categoryFromV1(req), signal }, track);
      return {};
    }),

    GetTaskMetrics: rpc.unary('GetTaskMetrics', undefined, async (req, signal, track) => ({
      results: await serveTaskMetrics(core, { resourceMeta: req.resource_meta, category: categoryFromV1(req), signal }, req, track, redactor),
    })),

    GetTaskLogs: rpc.serverStream('GetTaskLogs', (req, call, signal, track) =>
      serveTaskLogs(core, { resourceMeta: req.resource_meta, category: categoryFromV1(req), signal }, req, call, track, redactor),
    ),
  };
}
