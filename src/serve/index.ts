/**
 * `webapi-plugin serve` as a library: the agent server, the agent client plugin, the type engine.
 */
export { createAgentServer, ServeError, SERVICE_NAMES, DEFAULT_MAX_RECEIVE_BYTES } from './server.js';
export type { AgentServer, AgentServerOptions, AgentInfo } from './server.js';
export { createAgentPluginEntry, discoverAgentTaskTypes, agentPluginId, AGENT_WILDCARD } from './agent-plugin.js';
export type { AgentClientOptions, AgentResourceMeta, AgentOperation } from './agent-plugin.js';
export { literalMapToValues, literalToValue, valuesToLiteralMap, valueToLiteral, inferLiteral, inferLiteralType, LiteralError } from './literals.js';
export { phaseInfoToResource, resourceToPhaseInfo, toTaskExecutionPhase, TASK_EXECUTION_PHASES } from './phase-map.js';
export { encodeResourceMeta, decodeResourceMeta, RESOURCE_META_VERSION } from './resource-meta.js';
export type { ResourceMetaEnvelope } from './resource-meta.js';
export { createServeSecretManager, DEFAULT_SECRETS_DIR } from './secrets.js';
export { loadProtos, LOADER_OPTIONS } from './proto.js';
export { ProtoSchema, ProtoConversionError } from './reflect.js';
export { createLogger } from './logger.js';
export type { Logger, LogFormat } from './logger.js';
