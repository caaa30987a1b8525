/**
 * Flyte 2's `flyteidl2.connector.AsyncConnectorService`: CreateTask, GetTask, DeleteTask (each with the
 * task's `connection`) and GetTaskMetrics / GetTaskLogs. Decodes v2 messages into the core's plain inputs
 * and maps its results back; all the work is in core.ts. There is no sync service in Flyte 2: a
 * SyncPlugin runs in CreateTask and its terminal result is answered by GetTask (sync-result.ts).
 */
import { connectionOf } from '../connection.js';
import { metadataFromProto } from '../context.js';
import type { AsyncConnectorServiceHandlers } from '../generated/flyteidl2/connector/AsyncConnectorService.js';
import type { GetTaskLogsResponse as V1LogsResponse } from '../generated/flyteidl/admin/GetTaskLogsResponse.js';
import { type LogsSink, serveTaskLogs, serveTaskMetrics } from '../logs-metrics.js';
import { fieldBytes } from '../rpc.js';
import { categoryFromV2, inputsFromV2, resourceV2, templateFromV2, type V2Deps } from './messages.js';

/** CreateTaskRequest's field number of `inputs` (task.Inputs), whose encoded size is flytekit's input_literal_bytes. */
export const CREATE_TASK_INPUTS_FIELD = 1;

export function asyncConnectorService({ rpc, core, schema, metrics, redactor }: V2Deps): AsyncConnectorServiceHandlers {
  return {
    CreateTask: rpc.unary('CreateTask', 'create', async (req, signal, track) => {
      const template = templateFromV2(schema, req.template);
      metrics.inputBytes(template.type, fieldBytes(req));
      const resource_meta = await core.createTask(
        {
          template,
          inputs: inputsFromV2(req.inputs),
          outputPrefix: req.output_prefix,
          metadata: metadataFromProto(req.task_execution_metadata, template),
          signal,
          connection: connectionOf(req.connection),
          syncInCreate: true,
        },
        track,
      );
      return { resource_meta };
    }),

    GetTask: rpc.unary('GetTask', 'get', async (req, signal, track) => {
      const ref = { resourceMeta: req.resource_meta, category: categoryFromV2(req), outputPrefix: req.output_prefix, signal, connection: connectionOf(req.connection) };
      return { resource: resourceV2(await core.getTask(ref, track)) };
    }),

    DeleteTask: rpc.unary('DeleteTask', 'delete', async (req, signal, track) => {
      await core.deleteTask({ resourceMeta: req.resource_meta, category: categoryFromV2(req), signal, connection: connectionOf(req.connection) }, track);
      return {};
    }),

    GetTaskMetrics: rpc.unary('GetTaskMetrics', undefined, async (req, signal, track) => ({
      results: await serveTaskMetrics(core, { resourceMeta: req.resource_meta, category: categoryFromV2(req), signal }, req, track, redactor),
    })),

    GetTaskLogs: rpc.serverStream('GetTaskLogs', (req, call, signal, track) => {
      // the streamer writes v1's body (structured_lines); Flyte 2's names the same lines `lines`
      const sink: LogsSink = {
        write: (m: V1LogsResponse) => call.write(m.body ? { body: { lines: m.body.structured_lines ?? [], results: m.body.results ?? [] } } : m),
        once: (e, fn) => call.once(e, fn),
        removeListener: (e, fn) => call.removeListener(e, fn),
      };
      return serveTaskLogs(core, { resourceMeta: req.resource_meta, category: categoryFromV2(req), signal }, req, sink, track, redactor);
    }),
  };
}
