/**
 * {{pluginId}}: a Flyte Web API plugin (SyncPlugin).
 *
 * A SyncPlugin does its work in one call: Flyte's engine (and `webapi-plugin run` / `serve`, which
 * mirror it) calls `do` once per attempt, and `do` returns a terminal phase after writing the outputs.
 * Use it for remote calls that complete within one request; use an AsyncPlugin for jobs to poll.
 */
import {
  type PluginEntry,
  type SyncPlugin,
  TransientError,
  phaseInfoFailure,
  phaseInfoSuccess,
} from 'webapi-plugin';
import { ServiceError, SimulatedTextService, type TextService } from './remote.js';

export function create{{pluginClassName}}Plugin(service: TextService = new SimulatedTextService()): SyncPlugin {
  return {
    getConfig() {
      // This plugin's layer over Flyte's defaults; the config file, environment and flags layer over it.
      return { writeRateLimiter: { qps: 20, burst: 40 } };
    },

    async do(tCtx) {
      const inputs = await tCtx.inputReader.get();
      const text = inputs.text;
      if (typeof text !== 'string') {
        // The task's own input is wrong: a user error that retrying cannot fix.
        return phaseInfoFailure('BadInput', `input "text" must be a string, got ${text === undefined ? 'nothing' : typeof text}`);
      }
      try {
        const analysis = await service.analyze(text, tCtx.signal);
        await tCtx.outputWriter.put({ words: analysis.words, characters: analysis.characters, shout: analysis.shout });
        return phaseInfoSuccess();
      } catch (err) {
        if (err instanceof ServiceError && (err.status === 429 || err.status >= 500)) {
          // Throttled or a server fault: let the engine retry with backoff.
          throw new TransientError(`the text service is unavailable: ${err.message}`, { code: `Http${err.status}`, cause: err });
        }
        if (err instanceof ServiceError) return phaseInfoFailure(`Http${err.status}`, err.message);
        throw err;
      }
    },
  };
}

const entry: PluginEntry = {
  id: '{{pluginId}}',
  supportedTaskTypes: [{{taskTypesList}}],
  pluginLoader: () => create{{pluginClassName}}Plugin(),
};

export default entry;
