/**
 * The request plumbing every service shares, whatever its protocol generation: each call gets an abort
 * signal (client cancel, server shutdown), is counted for draining, measured (flytekit's connector
 * metrics), logged, and has every error turned into a status with a redacted message (errors.ts decides
 * which). Requests whose bytes do not decode are answered INVALID_ARGUMENT, not grpc-js's INTERNAL.
 */
import type * as grpcTypes from '@grpc/grpc-js';
import type { Redactor } from '../util/redact.js';
import type { Track } from './core.js';
import { classify, httpCodeOf, ServeError } from './errors.js';
import type { Logger } from './logger.js';
import type { Operation, ServeMetrics } from './metrics.js';

export interface RpcDeps {
  grpc: typeof grpcTypes;
  redactor: Redactor;
  log: Logger;
  metrics: ServeMetrics;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; status: { code: number; details: string } };

/** What `run` needs of a call: its cancellation. */
interface Cancellable {
  on(event: 'cancelled', fn: () => void): unknown;
}

/** Calls started per event-loop turn (see Rpc.admit; 8 measured best of 4, 8, 16 and unlimited). */
const PER_TURN = 8;

const abortError = (message: string) => Object.assign(new Error(message), { name: 'AbortError' });

export class Rpc {
  private active = 0;
  private readonly controllers = new Set<AbortController>();
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly deps: RpcDeps) {}

  inFlight(): number {
    return this.active;
  }

  /** Resolves when no call is in flight. */
  idle(): Promise<void> {
    return this.active === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Abort every call in flight (their plugins see `signal` abort). */
  abortAll(message: string): void {
    for (const c of this.controllers) c.abort(abortError(message));
  }

  // ---- turns: at most PER_TURN calls start per event-loop turn; the rest wait for the next turn. Without
  // this, the calls that arrive together (one socket read) are all handled before any answer is written
  // (HTTP/2 output is flushed once per turn), the client answers them all at once, and server and client
  // take turns idling (measured: the server busy ~50% with 50 calls waiting, a bare grpc-js server too).
  // With it, answers leave while the next calls are being handled, and the two overlap.
  private startedThisTurn = 0;
  private readonly waiting: (() => void)[] = [];
  private turnScheduled = false;

  private nextTurn = (): void => {
    this.turnScheduled = false;
    this.startedThisTurn = 0;
    const batch = this.waiting.splice(0, PER_TURN);
    this.startedThisTurn = batch.length;
    if (batch.length > 0) this.scheduleTurn();
    for (const start of batch) start();
  };

  private scheduleTurn(): void {
    if (!this.turnScheduled) {
      this.turnScheduled = true;
      setImmediate(this.nextTurn);
    }
  }

  /** Undefined: start now; else a promise resolved when the call may start. */
  private admit(): Promise<void> | undefined {
    if (this.startedThisTurn < PER_TURN && this.waiting.length === 0) {
      this.startedThisTurn++;
      this.scheduleTurn();
      return undefined;
    }
    return new Promise<void>((resolve) => {
      this.waiting.push(resolve);
      this.scheduleTurn();
    });
  }

  /** Run one call's work; never rejects. */
  async run<T>(rpc: string, operation: Operation | undefined, call: Cancellable, work: (signal: AbortSignal, track: Track) => Promise<T>): Promise<Outcome<T>> {
    const { metrics, log } = this.deps;
    const ac = new AbortController();
    // grpc-js emits 'cancelled' when any call's stream closes, also after a normal answer: only a cancel
    // that arrives while the work runs aborts it (and only then is an error object made).
    let running = true;
    call.on('cancelled', () => {
      if (running) ac.abort(abortError(`${rpc} cancelled by the client`));
    });
    const track: Track = { taskType: 'unknown' };
    const started = performance.now();
    this.active++;
    this.controllers.add(ac);
    try {
      const admitted = this.admit();
      if (admitted) await admitted;
      const value = await work(ac.signal, track);
      const seconds = (performance.now() - started) / 1000;
      if (operation) metrics.success(track.taskType, operation, seconds);
      if (log.debugEnabled !== false) log.debug(`${rpc} ok`, { task_type: track.taskType, plugin: track.pluginId, ms: Math.round(seconds * 1000) });
      return { ok: true, value };
    } catch (err) {
      const { status, message } = classify(err);
      const details = this.deps.redactor.redact(message);
      if (operation) metrics.failure(track.taskType, operation, httpCodeOf(status));
      log[status === 'INTERNAL' ? 'error' : 'warn'](`${rpc} failed`, { task_type: track.taskType, plugin: track.pluginId, code: status, error: details });
      return { ok: false, status: { code: this.deps.grpc.status[status], details } };
    } finally {
      running = false;
      this.active--;
      this.controllers.delete(ac);
      if (this.active === 0 && this.idleWaiters.length > 0) this.idleWaiters.splice(0).forEach((fn) => fn());
    }
  }

  /** A unary handler around `work`. */
  unary<Req, Res>(rpc: string, operation: Operation | undefined, work: (req: Req, signal: AbortSignal, track: Track) => Promise<Res>): grpcTypes.handleUnaryCall<Req, Res> {
    return (call, callback) => {
      void this.run(rpc, operation, call, (signal, track) => work(decoded(call.request, rpc), signal, track)).then((r) => {
        if (r.ok) callback(null, r.value);
        else callback(r.status);
      });
    };
  }

  /** A server-streaming handler around `work`, which writes to the call; the stream ends when it resolves. */
  serverStream<Req, Res>(
    rpc: string,
    work: (req: Req, call: grpcTypes.ServerWritableStream<Req, Res>, signal: AbortSignal, track: Track) => Promise<void>,
  ): grpcTypes.handleServerStreamingCall<Req, Res> {
    return (call) => {
      void this.run(rpc, undefined, call, (signal, track) => work(decoded(call.request, rpc), call, signal, track)).then((r) => {
        if (r.ok) call.end();
        else call.emit('error', r.status);
      });
    };
  }
}

// ---------------------------------------------------------------- undecodable requests

const UNDECODABLE = Symbol('undecodable');
interface Undecodable {
  [UNDECODABLE]: string;
}

/** The request, or INVALID_ARGUMENT when its bytes did not decode (see guardDeserializers). */
export function decoded<T>(req: T, rpc: string): T {
  const bad = (req as Partial<Undecodable> | null)?.[UNDECODABLE];
  if (bad !== undefined) throw new ServeError('INVALID_ARGUMENT', `the ${rpc} request is not a valid protobuf message: ${bad}`);
  return req;
}

const FIELD_BYTES = Symbol('field-bytes');

/** The encoded size of one top-level field of a decoded request, if guardDeserializers measured it. */
export function fieldBytes(req: unknown): number {
  return (req as { [FIELD_BYTES]?: number } | null)?.[FIELD_BYTES] ?? 0;
}

/**
 * A copy of a service definition whose request deserializers never throw: a message that does not
 * decode becomes a marker that `decoded` answers INVALID_ARGUMENT (grpc-js would answer INTERNAL).
 * `measure` names, per method, a length-delimited field whose encoded size to record (`fieldBytes`),
 * read from the bytes without encoding anything again.
 */
export function guardDeserializers<S extends grpcTypes.ServiceDefinition>(service: S, measure: Record<string, number> = {}): S {
  const out: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(service)) {
    const deserialize = method.requestDeserialize;
    const field = measure[name];
    out[name] = {
      ...method,
      requestDeserialize: (bytes: Buffer) => {
        let req: unknown;
        try {
          req = deserialize(bytes);
        } catch (err) {
          return { [UNDECODABLE]: err instanceof Error ? err.message : String(err) };
        }
        if (field !== undefined && req && typeof req === 'object') Object.defineProperty(req, FIELD_BYTES, { value: lengthOfField(bytes, field) });
        return req;
      },
    };
  }
  return out as S;
}

/** The payload length of top-level length-delimited field `field` in protobuf bytes (0 when absent). */
function lengthOfField(buf: Buffer, field: number): number {
  let i = 0;
  const varint = (): number => {
    let v = 0;
    for (let shift = 0; i < buf.length && shift < 50; shift += 7) {
      const b = buf[i++]!;
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return v;
    }
    return -1;
  };
  let total = 0;
  while (i < buf.length) {
    const tag = varint();
    if (tag < 0) return total;
    const wire = tag % 8;
    if (wire === 0) varint();
    else if (wire === 1) i += 8;
    else if (wire === 5) i += 4;
    else if (wire === 2) {
      const len = varint();
      if (len < 0) return total;
      if (Math.floor(tag / 8) === field) total += len;
      i += len;
    } else return total;
  }
  return total;
}
