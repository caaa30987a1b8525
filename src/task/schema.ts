/**
 * The task file: a Flyte TaskTemplate in its JSON (camelCase) form, plus what a local run needs on top
 * (`inputs`, `execution`, `plugin`). Also published as JSON Schema (draft-07) for editors.
 *
 * Objects that belong to this tool are strict (an unknown key is an error with a "did you mean"). Parts
 * that Flyte or a plugin owns (`custom`, `container`, `k8sPod`, ...) accept anything.
 */
import { z } from 'zod';
import { isDuration, parseDuration } from '../util/duration.js';

const duration = z
  .string()
  .refine((v) => isDuration(v), { message: 'expected a duration such as 90s, 10m or 1h30m' })
  .describe('Go duration string (Flyte/protobuf JSON form), e.g. "90s", "10m", "1h30m"');

/** A timeout: a duration that is not negative (`--timeout -5s` is refused the same way). */
const timeout = duration.refine((v) => !isDuration(v) || parseDuration(v) >= 0, { message: 'a timeout must not be negative (0 or no timeout at all means none)' });

const stringMap = z.record(z.string(), z.string());
const anyObject = z.record(z.string(), z.unknown());

export const identifierSchema = z
  .strictObject({
    resourceType: z.string().optional(),
    project: z.string().optional().describe('default: "local"'),
    domain: z.string().optional().describe('default: "development"'),
    name: z.string().optional(),
    version: z.string().optional(),
    org: z.string().optional(),
  })
  .describe('Flyte task identifier; project and domain also name the execution');

export const taskMetadataSchema = z
  .strictObject({
    timeout: timeout.optional().describe('execution timeout per attempt; expiry is a retryable TimeoutExpired failure'),
    retries: z
      .strictObject({ retries: z.number().int().min(0).optional().describe('retries after the first attempt for USER-kind retryable failures') })
      .optional(),
    interruptible: z.boolean().optional(),
    discoverable: z.boolean().optional(),
    discoveryVersion: z.string().optional(),
    deprecatedErrorMessage: z.string().optional(),
    cacheSerializable: z.boolean().optional(),
    cacheIgnoreInputVars: z.array(z.string()).optional(),
    generatesDeck: z.boolean().optional(),
    isEager: z.boolean().optional(),
    tags: stringMap.optional(),
    podTemplateName: z.string().optional(),
    runtime: z.looseObject({ type: z.string().optional(), version: z.string().optional(), flavor: z.string().optional() }).optional(),
  })
  .describe('Flyte TaskMetadata');

const variableSchema = z.looseObject({
  type: anyObject.describe('Flyte LiteralType in JSON form, e.g. {"simple": "INTEGER"}'),
  description: z.string().optional(),
});
const variableMapSchema = z.looseObject({ variables: z.record(z.string(), variableSchema).optional() });

export const secretSchema = z.strictObject({
  group: z.string().optional(),
  key: z.string().optional(),
  groupVersion: z.string().optional(),
  mountRequirement: z.enum(['ANY', 'ENV_VAR', 'FILE']).optional(),
  envVar: z.string().optional(),
});

export const securityContextSchema = z.strictObject({
  runAs: anyObject.optional(),
  secrets: z.array(secretSchema).optional(),
  tokens: z.array(z.unknown()).optional(),
  connectionRef: anyObject.optional(),
});

const nameRule = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

export const executionSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .max(63)
      .regex(nameRule, { message: 'use lowercase letters, digits, "-" and "." (it is part of the generated name)' })
      .optional()
      .describe('stable execution name: same name => same generated name per attempt (the idempotency key). Default: the run id'),
    project: z.string().optional().describe('default: id.project, else "local"'),
    domain: z.string().optional().describe('default: id.domain, else "development"'),
    namespace: z.string().optional().describe('default: "<project>-<domain>"'),
    labels: stringMap.optional(),
    annotations: stringMap.optional(),
    serviceAccount: z.string().optional(),
    environment: stringMap.optional().describe('environment variables of the execution (TaskExecutionMetadata.environmentVariables)'),
  })
  .describe('execution metadata (what Flyte would know about the execution)');

export const taskFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    type: z.string().min(1).describe('the task type; routes the task to a plugin'),
    id: identifierSchema.optional(),
    metadata: taskMetadataSchema.optional(),
    interface: z.looseObject({ inputs: variableMapSchema.optional(), outputs: variableMapSchema.optional() }).optional(),
    custom: anyObject.optional().describe('plugin-specific data (Flyte\'s `custom` Struct)'),
    config: stringMap.optional().describe('string map of plugin settings'),
    securityContext: securityContextSchema.optional(),
    taskTypeVersion: z.number().int().optional(),
    container: anyObject.optional(),
    k8sPod: anyObject.optional(),
    sql: anyObject.optional(),
    extendedResources: anyObject.optional(),
    inputs: anyObject.optional().describe('input values by name (plain YAML/JSON values)'),
    defaultInputs: z
      .strictObject({
        parameters: z
          .record(
            z.string(),
            z.strictObject({
              var: variableSchema.optional(),
              default: z.unknown().optional().describe('a plain value, or a Flyte Literal ({scalar: …}, {collection: …}, {map: …})'),
              required: z.boolean().optional(),
            }),
          )
          .optional(),
      })
      .optional()
      .describe("defaults of the interface's inputs: a ParameterMap, as a launch plan's default_inputs (without it every declared input is required, as Flyte requires for a task)"),
    execution: executionSchema.optional(),
    plugin: z
      .union([z.string().min(1), z.array(z.string().min(1))])
      .optional()
      .describe('plugin module(s) for this task, relative to this file (a .ts/.js file or a package name)'),
  })
  .describe('A webapi-plugin task file: a Flyte TaskTemplate (camelCase JSON form) plus inputs, execution and plugin');

export type TaskFile = z.infer<typeof taskFileSchema>;

/** Keys of the task file that are not part of the TaskTemplate handed to the plugin. */
export const LOCAL_ONLY_KEYS = ['$schema', 'inputs', 'defaultInputs', 'execution', 'plugin'] as const;

/** The task file schema as JSON Schema draft-07 (for editors: `# yaml-language-server: $schema=...`). */
export function taskFileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(taskFileSchema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
}
