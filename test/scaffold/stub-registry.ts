/**
 * A stand-in npm registry for `init`'s "is webapi-plugin resolvable?" check: it answers the packument of
 * webapi-plugin with the versions given (or 404 for every package). Loopback, port 0.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubRegistry {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

export async function startStubRegistry(versions: string[]): Promise<StubRegistry> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (versions.length === 0 || req.url?.split('?')[0] !== '/webapi-plugin') {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'Not found' }));
      return;
    }
    const doc = {
      name: 'webapi-plugin',
      'dist-tags': { latest: versions[versions.length - 1] },
      versions: Object.fromEntries(
        versions.map((v) => [v, { name: 'webapi-plugin', version: v, dist: { tarball: `http://127.0.0.1/webapi-plugin-${v}.tgz`, shasum: '0'.repeat(40) } }]),
      ),
    };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(doc));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
