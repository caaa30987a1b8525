#!/usr/bin/env node
/**
 * `npm run check:cycles` (part of `npm test`): no import cycles in src/ (generated code aside; type-only
 * imports count), found with madge. Fails on any cycle except the known ones listed below.
 */
import madge from 'madge';

// No known exceptions: every cycle fails. (Add one here only with a comment saying who removes it, and when.)
const KNOWN = new Set([]);

const root = new URL('../src/', import.meta.url).pathname;
const result = await madge(root, {
  fileExtensions: ['ts'],
  excludeRegExp: [/(^|\/)generated\//],
  detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
});
const cycles = result.circular().map((c) => c.join(' > '));
const unknown = cycles.filter((c) => !KNOWN.has(c));
const skipped = result.warnings().skipped;
if (unknown.length > 0) {
  process.stderr.write(`import cycles in src/ (${unknown.length}):\n${unknown.map((c, i) => `  ${i + 1}) ${c}`).join('\n')}\n`);
  process.stderr.write('break each cycle: a lower module returns what happened instead of importing the one above it\n');
  process.exit(1);
}
const known = cycles.length ? ` (${cycles.length} known cycle${cycles.length === 1 ? '' : 's'} allowed for now)` : '';
process.stdout.write(`no import cycles in src/${known}; ${result.obj ? Object.keys(result.obj()).length : 0} modules checked${skipped.length ? `, ${skipped.length} unresolved imports skipped` : ''}\n`);
