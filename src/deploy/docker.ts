/**
 * The container image of a plugin project: a multi-stage Dockerfile on the official Node.js 20 image
 * (build with every dependency, then a runtime stage with `npm ci --omit=dev` and the built plugin only,
 * run by the non-root `node` user) and the .dockerignore that keeps secrets and local state out of the
 * build context. A test runs these steps without a container runtime.
 */
import { DRAIN_SECONDS, GRPC_PORT, METRICS_PORT, imageCommand } from './spec.js';

export const NODE_IMAGE = 'node:20-bookworm-slim';

export function dockerfile(o: { name: string; modules: readonly string[] }): string {
  return `# syntax=docker/dockerfile:1
# The image of the Flyte connector ${o.name}: webapi-plugin serve with the built plugin, for Flyte 1 and Flyte 2.
#   docker build -t <registry>/${o.name}:<version> . && docker push <registry>/${o.name}:<version>
# It installs with npm from package-lock.json (run npm install once to have one). webapi-plugin must come
# from a registry the build can reach: a project linked to a local checkout (file:) does not build here.

# ---- build: every dependency, then tsc to dist/
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# ---- runtime: production dependencies and the built plugin only, as the non-root user "node"
FROM ${NODE_IMAGE}
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
USER node
# gRPC (Flyte 1 agents and Flyte 2 connectors on one port, plaintext h2c) and Prometheus /metrics
EXPOSE ${GRPC_PORT} ${METRICS_PORT}
# SIGTERM drains in-flight calls for ${DRAIN_SECONDS}s; secrets are read from /etc/secrets/<key> and _FSEC_<KEY>
CMD ${JSON.stringify(imageCommand(o.modules)).replace(/","/g, '", "')}
`;
}

export function dockerignore(): string {
  return `# Kept out of the image's build context: installed and built files (the image makes its own),
# secrets and local run state.
node_modules
dist
.git
.secrets
.env
.env.*
.webapi-plugin
coverage
*.log
deploy
test
Dockerfile
.dockerignore
`;
}
