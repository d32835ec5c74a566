#!/usr/bin/env node
'use strict';
// Thin launcher: the checker itself is bundled into dist/cli.js by `npm run build` (run by `npm install`).
const { main } = require('../dist/cli.js');
// A reader that stops early (`mechlens lexicon | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => { if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw err; });
}
main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: () => require('node:fs').readFileSync(0),
}).then((code) => { process.exitCode = code; }, (err) => {
  process.stderr.write(`mechlens: internal error: ${err && err.stack ? err.stack : err}\n`);
  process.exitCode = 2;
});
