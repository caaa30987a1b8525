/**
 * The remote service this plugin calls — here a simulation that runs in-process, so the project works
 * offline from the first minute. Replace `SimulatedTextService` with a client for your service that
 * implements the same `TextService` interface.
 */

export interface Analysis {
  words: number;
  characters: number;
  shout: string;
}

export interface TextService {
  /** Rejects with a `ServiceError` when the service refuses or fails. */
  analyze(text: string, signal?: AbortSignal): Promise<Analysis>;
}

/** A failure reported by the service: `status` as an HTTP service would return it. */
export class ServiceError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export class SimulatedTextService implements TextService {
  /** `latencyMs` simulates the round trip; `failures` makes the next calls fail with these statuses. */
  constructor(private readonly opts: { latencyMs?: number; failures?: number[] } = {}) {}

  async analyze(text: string, signal?: AbortSignal): Promise<Analysis> {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, this.opts.latencyMs ?? 50);
      signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
    });
    const status = this.opts.failures?.shift();
    if (status !== undefined) throw new ServiceError(status === 429 ? 'too many requests' : `service error ${status}`, status);
    if (text.length > 10_000) throw new ServiceError('text too long (at most 10000 characters)', 413);
    return { words: text.split(/\s+/).filter(Boolean).length, characters: text.length, shout: text.toUpperCase() };
  }
}
