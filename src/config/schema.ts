/**
 * The zod schemas of the config file, derived from the field table (src/config/fields.ts), and the
 * JSON Schema (draft-07) shipped as schema/config.schema.json. Heavy (zod): imported lazily.
 */
import { z } from 'zod';
import { parseDuration } from '../util/duration.js';
import { PLUGIN_CONFIG_FIELDS, PLUGIN_CONFIG_SECTIONS, type PluginConfigField } from './fields.js';

/** A Go duration, positive (no sign, not "0"). */
export const GO_DURATION_PATTERN = /^\+?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/;

/** The schema of one field's value, with the same hard limits as checkPluginConfig. */
export function fieldSchema(f: PluginConfigField): z.ZodType {
  const meta = { description: f.description, default: f.default as never };
  switch (f.type) {
    case 'int':
      return z.number().int().min(f.min).meta(meta);
    case 'float':
      return z.number().positive().meta(meta);
    case 'duration':
      return z
        .string()
        .regex(GO_DURATION_PATTERN)
        .refine((s) => {
          try {
            return parseDuration(s) > 0;
          } catch {
            return false;
          }
        })
        .meta(meta);
    case 'quota-map': {
      const map = z.record(z.string().min(1).regex(/^(?!(?:__proto__|prototype|constructor)$)/), z.number().int().min(f.min));
      // also Flyte's own example form: a list of one-entry maps (`- "test": 1000`), which its decoder reads as a map
      return z.union([z.array(map), map]).meta(meta);
    }
  }
}

/**
 * The namespaces of a resourceQuotas value, in either form (a map, or a list of one-entry maps): each
 * namespace, its quota, and where it is written relative to resourceQuotas (for file:line origins).
 */
export function quotaEntries(q: unknown): [namespace: string, quota: unknown, at: (string | number)[]][] {
  const out: [string, unknown, (string | number)[]][] = [];
  const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (isMap(q)) for (const [ns, v] of Object.entries(q)) out.push([ns, v, [ns]]);
  else if (Array.isArray(q)) q.forEach((m, i) => isMap(m) && Object.entries(m).forEach(([ns, v]) => out.push([ns, v, [i, ns]])));
  return out;
}

function buildWebApiSchema() {
  const top: Record<string, z.ZodType> = {};
  const nested = new Map<string, Record<string, z.ZodType>>();
  for (const f of PLUGIN_CONFIG_FIELDS) {
    const [head, ...rest] = f.path.split('.');
    if (rest.length === 0) top[head!] = fieldSchema(f).optional();
    else {
      const m = nested.get(head!) ?? {};
      m[rest.join('.')] = fieldSchema(f).optional();
      nested.set(head!, m);
    }
  }
  for (const [head, shape] of nested) {
    const description = PLUGIN_CONFIG_SECTIONS.find((s) => s.key === head)?.description;
    top[head] = z.strictObject(shape).meta(description ? { description } : {}).optional();
  }
  // Flyte's PluginConfig has resourceMeta (pflag "-"): accepted so that a propeller section works as
  // it is, and ignored.
  top.resourceMeta = z.unknown().meta({ description: 'Accepted for compatibility with propeller configs; ignored.' }).optional();
  // order the keys like Flyte's struct
  const order = [...PLUGIN_CONFIG_SECTIONS.map((s) => s.key), 'resourceMeta'];
  const ordered: Record<string, z.ZodType> = {};
  for (const k of order) if (top[k]) ordered[k] = top[k];
  return z.strictObject(ordered).meta({ description: "The engine's PluginConfig (Flyte's webapi.PluginConfig): any subset, layered over the defaults." });
}

/** A `webApi:` section: any subset of PluginConfig, unknown keys rejected. */
export const webApiSchema = buildWebApiSchema();

const moduleList = z.array(z.string().min(1)).meta({ description: 'Plugin modules to load: paths relative to this file, or package names.' });

/** `plugins.<id>`: a propeller plugin section. Its `webApi` is checked; plugin-specific keys next to it are kept as they are. */
export const pluginSectionSchema = z
  .object({ webApi: webApiSchema.optional() })
  .catchall(z.unknown())
  .meta({ description: 'One plugin\'s section, as in propeller\'s plugins.<id>: `webApi` plus the plugin\'s own keys.' });

export const configFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    plugins: z
      .union([moduleList, z.record(z.string().min(1), pluginSectionSchema)])
      .meta({
        description:
          'A list: plugin modules to load (same as pluginModules). A map: propeller-style per-plugin sections, plugins.<plugin id>.webApi.',
      })
      .optional(),
    pluginModules: moduleList.optional(),
    secretsDir: z.string().min(1).meta({ description: 'Directory of local secrets (relative to this file).' }).optional(),
    outDir: z.string().min(1).meta({ description: 'Where run outputs are written (relative to this file).' }).optional(),
    webApi: webApiSchema.meta({ description: 'PluginConfig for every plugin (propeller layout: plugins.<id>.webApi overrides it per plugin).' }).optional(),
  })
  .meta({ title: 'webapi-plugin configuration', description: 'Config file of the webapi-plugin CLI (.webapi-pluginrc, webapi-plugin.config.*, or the "webapi-plugin" key of package.json).' });

export type ConfigFile = z.infer<typeof configFileSchema>;

export const CONFIG_SCHEMA_ID = 'https://unpkg.com/webapi-plugin/schema/config.schema.json';

/** The JSON Schema (draft-07) of the config file. */
export function configJsonSchema(): Record<string, unknown> {
  const js = z.toJSONSchema(configFileSchema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  return { $schema: js.$schema, $id: CONFIG_SCHEMA_ID, ...js };
}

/**
 * The task-file schema's JSON Schema, from the `run` command's zod schema `taskFileSchema`
 * (src/task/schema.ts), or undefined when this build has none. Never a second task schema.
 */
export async function taskJsonSchema(): Promise<Record<string, unknown> | undefined> {
  const spec = '../task/schema.js';
  let mod: { taskFileSchema?: unknown };
  try {
    mod = (await import(spec)) as { taskFileSchema?: unknown };
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw e;
  }
  if (!(mod.taskFileSchema instanceof z.ZodType)) return undefined;
  return z.toJSONSchema(mod.taskFileSchema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
}
