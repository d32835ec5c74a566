#!/usr/bin/env node
'use strict';
// Thin launcher: the checker itself, streams and exit status included, is bundled into dist/cli.js by
// `npm run build` (run by `npm install`).
require('../dist/cli.js').run(process.argv.slice(2)).then((code) => { process.exitCode = code; });
