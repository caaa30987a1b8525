/**
 * Ask a running `serve` for its health over gRPC (grpc.health.v1.Health/Check), with a client built here
 * from the standard health.proto: nothing of the server's own code.
 */
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { REPO_ROOT } from '../helpers/cli.js';

type HealthClient = grpc.Client & { Check(req: { service: string }, opts: { deadline: number }, cb: (err: grpc.ServiceError | null, res?: { status: string }) => void): void };

export async function healthStatus(address: string, service = ''): Promise<string> {
  const def = await protoLoader.load(join(REPO_ROOT, 'proto', 'grpc', 'health', 'v1', 'health.proto'), { enums: String });
  const pkg = grpc.loadPackageDefinition(def) as unknown as { grpc: { health: { v1: { Health: new (a: string, c: grpc.ChannelCredentials) => HealthClient } } } };
  const client = new pkg.grpc.health.v1.Health(address, grpc.credentials.createInsecure());
  try {
    return await new Promise<string>((resolve, reject) =>
      client.Check({ service }, { deadline: Date.now() + 10_000 }, (err, res) => (err ? reject(err) : resolve(res!.status))),
    );
  } finally {
    client.close();
  }
}
