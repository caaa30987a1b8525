/**
 * Flyte's datastore layout in a run record, beside the JSON files, so Flyte's own tools can read it:
 *
 *   <run dir>/inputs.pb                 flyteidl.core.LiteralMap: the inputs as Flyte would send them
 *   <run dir>/attempts/<n>/outputs.pb   flyteidl.core.LiteralMap: the outputs (on success)
 *   <run dir>/attempts/<n>/error.pb     flyteidl.core.ErrorDocument: the attempt's error (when it failed)
 *
 * `attempts/<n>/` is the output prefix the plugin's outputWriter paths point at (outputPath, errorPath).
 * The outputs are the LiteralMap the task's output check (src/literals/interface.ts) built; the same
 * check is the engine's checkOutputs hook for this task. Files are exact (never redacted) and 0600.
 */
import { join } from 'node:path';
import type { ExecutionSpec, OutputsCheck, TaskResult } from '../../engine/types.js';
import { checkOutputs, type ProtoLiteral, type ProtoLiteralType } from '../../literals/index.js';
import type { Inputs, Outputs } from '../../plugin/context.js';
import type { TaskTemplate } from '../../plugin/template.js';
import type { Redactor } from '../../util/redact.js';
import { atomicWriteFileSync } from '../run-files.js';
import { RunDir, type RunStart } from '../store.js';
import type { FlyteCodec } from './codec.js';

export interface TypedRunDirOptions {
  /** The protobuf codec, loading: a run does not wait for it before the plugin starts. */
  codec: Promise<FlyteCodec>;
  /** The inputs as literals (inputs.pb). */
  inputLiterals: Record<string, ProtoLiteral>;
  /** Declared output types (none: untyped outputs). */
  outputTypes?: Record<string, ProtoLiteralType>;
}

/**
 * A value as the JSON records show it: bytes as base64 (inputs.pb keeps them exactly); bigints stay
 * bigints, which the records write with every digit (src/util/exact-json.ts).
 */
function jsonView(v: unknown): unknown {
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (Array.isArray(v)) return v.map(jsonView);
  if (v && typeof v === 'object' && !(v instanceof Date)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, jsonView(x)]));
  return v;
}

export class TypedRunDir extends RunDir {
  private outputs?: { literals: Record<string, ProtoLiteral> };
  private codec?: FlyteCodec;
  /** inputs.pb waits for the codec when the run began before it loaded. */
  private inputsPending = false;
  private readonly loaded: Promise<void>;

  constructor(
    dir: string,
    runId: string,
    redactor: Redactor,
    private readonly opts: TypedRunDirOptions,
  ) {
    super(dir, runId, redactor);
    this.loaded = opts.codec.then((c) => {
      this.codec = c;
      if (this.inputsPending) this.writeInputs();
    });
    this.loaded.catch(() => {}); // reported by ready()
  }

  /** Resolves once the datastore files can be written (and a pending inputs.pb is); finish() needs it. */
  ready(): Promise<void> {
    return this.loaded;
  }

  /**
   * The engine's checkOutputs hook for this task: the interface check (the one serve makes), keeping the
   * LiteralMap for outputs.pb; the engine keeps the outputs in their JSON form (bytes as base64, as
   * protojson shows them; int64 beyond 2^53 as bigints), which every record and report can hold.
   */
  readonly checkOutputs = (outputs: Outputs | undefined): OutputsCheck => {
    const checked = checkOutputs(outputs, this.opts.outputTypes);
    if (checked.problem) return { failure: checked.problem };
    this.outputs = checked.literals;
    return { outputs: outputs && (jsonView(outputs) as Outputs) };
  };

  private writePb(path: string, type: string, message: object): void {
    if (!this.codec) throw new Error(`internal error: ${path} written before the protobuf codec loaded (await ready() first)`);
    atomicWriteFileSync(path, this.codec.encode(type, message), true);
  }

  private writeInputs(): void {
    this.inputsPending = false;
    this.writePb(this.path('inputs.pb'), 'flyteidl.core.LiteralMap', { literals: this.opts.inputLiterals });
  }

  override begin(start: RunStart, task: { template: TaskTemplate; execution: ExecutionSpec }, inputs: Inputs): void {
    super.begin(start, task, jsonView(inputs) as Inputs);
    if (this.codec) this.writeInputs();
    else this.inputsPending = true;
  }

  override finish(result: TaskResult, exitCode: number): void {
    super.finish(result, exitCode);
    // each attempt that failed has its error document under its own output prefix
    for (const a of result.attempts) {
      if (!a.error) continue;
      const at = a.finishedAt ?? result.finishedAt;
      this.writePb(join(this.attemptPaths(a.attempt).outputPrefix, 'error.pb'), 'flyteidl.core.ErrorDocument', {
        error: {
          code: a.error.code,
          message: a.error.message,
          kind: a.phase === 'RetryableFailure' ? 'RECOVERABLE' : 'NON_RECOVERABLE',
          origin: a.error.kind === 'SYSTEM' ? 'SYSTEM' : 'USER',
          timestamp: { seconds: String(Math.floor(at / 1000)), nanos: (at % 1000) * 1e6 },
        },
      });
    }
    const last = result.attempts[result.attempts.length - 1];
    if (result.outcome === 'succeeded' && last) {
      this.writePb(join(this.attemptPaths(last.attempt).outputPrefix, 'outputs.pb'), 'flyteidl.core.LiteralMap', this.outputs ?? { literals: {} });
    }
  }
}
