/**
 * flyteidl v1's `flyteidl.service.SyncAgentService.ExecuteTaskSync` (bidi streaming). Propeller sends a
 * `header` (template, output_prefix, task_execution_metadata), then `inputs`, and reads exactly one
 * answer: a `header` carrying the resource. Propeller ≤ 1.13 waits for that answer *before* it
 * half-closes, so the server answers as soon as it has the header and the inputs — never waiting for the
 * end of the client's stream (a half-close after the header alone means "no inputs").
 */
import type * as grpc from '@grpc/grpc-js';
import { metadataFromProto } from '../context.js';
import { ServeError } from '../errors.js';
import type { CreateRequestHeader__Output } from '../generated/flyteidl/admin/CreateRequestHeader.js';
import type { ExecuteTaskSyncRequest__Output } from '../generated/flyteidl/admin/ExecuteTaskSyncRequest.js';
import type { ExecuteTaskSyncResponse } from '../generated/flyteidl/admin/ExecuteTaskSyncResponse.js';
import type { LiteralMap__Output } from '../generated/flyteidl/core/LiteralMap.js';
import type { SyncAgentServiceHandlers } from '../generated/flyteidl/service/SyncAgentService.js';
import { decoded, fieldBytes } from '../rpc.js';
import { resourceV1, templateFromV1, type V1Deps } from './messages.js';

/** ExecuteTaskSyncRequest's field number of `inputs` (oneof part { header = 1; inputs = 2 }). */
export const EXECUTE_TASK_SYNC_INPUTS_FIELD = 2;

type Call = grpc.ServerDuplexStream<ExecuteTaskSyncRequest__Output, ExecuteTaskSyncResponse>;

export function syncAgentService({ rpc, core, schema, metrics }: V1Deps): SyncAgentServiceHandlers {
  return {
    ExecuteTaskSync: (call: Call) => {
      let header: CreateRequestHeader__Output | null = null;
      let started = false;
      let ended = false;
      call.on('error', () => (ended = true));

      /** Run once, with the inputs (or the reason the stream cannot be served), and answer. */
      const start = (inputs: LiteralMap__Output | null, inputBytes: number, problem?: string) => {
        if (started) return;
        started = true;
        void rpc
          .run('ExecuteTaskSync', 'do', call, async (signal, track) => {
            if (problem) throw new ServeError('INVALID_ARGUMENT', problem);
            const h = header!;
            const template = templateFromV1(schema, h.template);
            metrics.inputBytes(template.type, inputBytes);
            const maxBytes = Number(h.max_dataset_size_bytes || 0);
            return core.executeTask(
              {
                template,
                inputs,
                outputPrefix: h.output_prefix,
                metadata: metadataFromProto(h.task_execution_metadata, template),
                signal,
                ...(maxBytes > 0 ? { maxDatasetSizeBytes: maxBytes } : {}),
              },
              track,
            );
          })
          .then((r) => {
            if (ended) return;
            ended = true;
            if (r.ok) {
              call.write({ header: { resource: resourceV1(r.value) } });
              call.end();
            } else {
              call.emit('error', r.status);
            }
          });
      };

      call.on('data', (msg: ExecuteTaskSyncRequest__Output) => {
        if (started) return; // one request per stream: anything after the inputs is ignored
        try {
          decoded(msg, 'ExecuteTaskSync');
        } catch (err) {
          return start(null, 0, (err as Error).message);
        }
        if (msg.header) {
          if (header) return start(null, 0, 'ExecuteTaskSync: a second header arrived before the inputs');
          header = msg.header;
        } else if (msg.inputs) {
          if (!header) return start(null, 0, 'ExecuteTaskSync: the first message must be a header (template, output_prefix, task_execution_metadata), then the inputs');
          start(msg.inputs, fieldBytes(msg));
        }
      });
      call.on('end', () => {
        if (!started) start(null, 0, header ? undefined : 'ExecuteTaskSync: the stream ended without a header (template, output_prefix, task_execution_metadata)');
      });
    },
  };
}
