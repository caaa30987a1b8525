#!/usr/bin/env node
// Tiny shim: check the Node version before loading anything, then hand over to the built CLI.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(
    `webapi-plugin needs Node.js 20.19 or newer; this is Node.js ${process.versions.node}.\n` +
      'Install a newer Node.js (https://nodejs.org or your version manager) and try again.\n',
  );
  process.exit(2);
}
import('../dist/cli/main.js')
  .then((m) => m.run(process.argv.slice(2)))
  .catch((err) => {
    if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/cli/main.js')) {
      process.stderr.write('webapi-plugin is not built: run `npm install` (or `npm run build`) in its directory.\n');
    } else {
      process.stderr.write(`webapi-plugin: internal error: ${err && err.stack ? err.stack : err}\n`);
    }
    process.exitCode = 3;
  });
