#!/usr/bin/env node
'use strict';
// Thin launcher: the checker itself is bundled into dist/cli.js by `npm run build` (run by `npm install`).
const { main } = require('../dist/cli.js');
main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: () => require('node:fs').readFileSync(0),
}).then((code) => { process.exitCode = code; }, (err) => {
  process.stderr.write(`mechlens: internal error: ${err && err.stack ? err.stack : err}\n`);
  process.exitCode = 2;
});
