// Preloaded with `node --import`: records every module URL the process resolves into $TRACE_OUT.
import { register } from 'node:module';
register('./trace-hooks.mjs', import.meta.url, { data: { out: process.env.TRACE_OUT } });
