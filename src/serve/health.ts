/**
 * grpc.health.v1.Health: SERVING for "" (the server) and for every served service name, NOT_SERVING
 * while draining — what Kubernetes' `grpc:` probes and Propeller's health checks read.
 */
import type * as grpc from '@grpc/grpc-js';
import type { HealthHandlers } from './generated/grpc/health/v1/Health.js';
import type { _grpc_health_v1_HealthCheckResponse_ServingStatus as ServingStatus } from './generated/grpc/health/v1/HealthCheckResponse.js';

export const HEALTH_SERVICE = 'grpc.health.v1.Health';

export interface Health {
  handlers: HealthHandlers;
  /** Set every name's status (draining: NOT_SERVING); watchers are told. */
  setAll(status: ServingStatus): void;
}

export function createHealth(grpcStatus: typeof grpc.status, serviceNames: readonly string[]): Health {
  const statuses = new Map<string, ServingStatus>([['', 'SERVING'], ...serviceNames.map((s): [string, ServingStatus] => [s, 'SERVING']), [HEALTH_SERVICE, 'SERVING']]);
  const watchers = new Set<() => void>();
  return {
    setAll(status) {
      for (const k of statuses.keys()) statuses.set(k, status);
      watchers.forEach((w) => w());
    },
    handlers: {
      Check: (call, callback) => {
        const s = statuses.get(call.request.service);
        if (!s) callback({ code: grpcStatus.NOT_FOUND, details: `unknown service ${call.request.service}` });
        else callback(null, { status: s });
      },
      Watch: (call) => {
        let last: ServingStatus | undefined;
        const send = () => {
          const s = statuses.get(call.request.service) ?? 'SERVICE_UNKNOWN';
          if (s !== last) {
            last = s;
            call.write({ status: s });
          }
        };
        send();
        watchers.add(send);
        call.on('cancelled', () => watchers.delete(send));
      },
    },
  };
}
