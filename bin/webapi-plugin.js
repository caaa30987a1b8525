#!/usr/bin/env node
// Tiny shim (CommonJS: it starts faster than an ES module). It checks the Node version before loading
// anything, answers a bare `--version` itself, and hands everything else to the built CLI.
'use strict';
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(
    `webapi-plugin needs Node.js 20.19 or newer; this is Node.js ${process.versions.node}.\n` +
      'Install a newer Node.js (https://nodejs.org or your version manager) and try again.\n',
  );
  process.exit(2);
}
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Same output as the CLI's --version, without loading commander.
  process.stdout.write(require('../package.json').version + '\n');
} else {
  import('../dist/cli/main.js')
    .then((m) => m.run(args))
    .catch((err) => {
      if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/cli/main.js')) {
        process.stderr.write('webapi-plugin is not built: run `npm install` (or `npm run build`) in its directory.\n');
      } else {
        process.stderr.write(`webapi-plugin: internal error: ${err && err.stack ? err.stack : err}\n`);
      }
      process.exitCode = 3;
    });
}
