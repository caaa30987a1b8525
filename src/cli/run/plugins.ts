/**
 * Which plugins `run` uses: `--agent host:port` alone (every task goes to a Flyte agent or connector over
 * gRPC, in the generation --agent-protocol names or the server answers), or
 * every module named by --plugin, the config file and the task files.
 */
import type { PluginEntry } from '../../plugin/plugin.js';
import { SystemError, UsageError } from '../../errors.js';
import { loadPluginModules, type PluginModuleRef } from '../../loader/plugin-modules.js';
import { PluginModuleError } from '../../loader/errors.js';

export interface RunPlugins {
  entries: PluginEntry[];
  /** Resolved module paths (for the run record). */
  modules: string[];
}

async function agentEntry(address: string, protocol: 'v1' | 'v2' | undefined): Promise<PluginEntry> {
  if (!/^[^\s:]+:\d+$/.test(address) && !/^(dns|unix|ipv4|ipv6):/.test(address)) {
    throw new UsageError(`--agent expects host:port, got "${address}"`, { location: '--agent', hint: 'e.g. --agent localhost:8000' });
  }
  let mod: { createAgentPluginEntry?: (address: string, opts?: { failFastWhenUnreachable?: boolean; protocol?: 'v1' | 'v2' }) => PluginEntry };
  try {
    const spec = '../../serve/agent-plugin.js';
    mod = (await import(spec)) as typeof mod;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') {
      throw new SystemError('--agent is not available in this build (the agent client is missing)', { location: '--agent' });
    }
    throw err;
  }
  if (typeof mod.createAgentPluginEntry !== 'function') throw new SystemError('--agent is not available in this build', { location: '--agent' });
  // nothing listening at the address: say so at once rather than retrying for the whole backoff budget
  return mod.createAgentPluginEntry(address, { failFastWhenUnreachable: true, ...(protocol ? { protocol } : {}) });
}

export async function loadRunPlugins(agent: string | undefined, refs: PluginModuleRef[], agentProtocol?: 'v1' | 'v2', onLoad?: (resolved: string) => void): Promise<RunPlugins> {
  if (agentProtocol && !agent) throw new UsageError('--agent-protocol goes with --agent', { location: '--agent-protocol', hint: 'e.g. --agent localhost:8000 --agent-protocol v2' });
  if (agent) return { entries: [await agentEntry(agent, agentProtocol)], modules: [] };
  const loaded = await loadPluginModules(refs, onLoad);
  if (loaded.entries.length === 0) {
    throw new PluginModuleError({
      message: 'no plugin to run the task with',
      hint: 'name one with --plugin ./plugin.ts, `plugin: ./plugin.ts` in the task file, or `plugins:` in the config file',
    });
  }
  return { entries: loaded.entries, modules: loaded.modules.map((m) => m.resolved) };
}
