#!/usr/bin/env node
'use strict';
// Thin launcher: the checker itself, streams and exit status included, is bundled into dist/cli.js by
// `npm run build` (run by `npm install`); `mechlens lsp` starts the language server (dist/server.js),
// which speaks LSP on standard input and output until its client asks it to exit.
const argv = process.argv.slice(2);
if (argv[0] === 'lsp') {
  const transports = ['--stdio', '--node-ipc'];
  const unknown = argv.slice(1).filter((a) => !transports.includes(a) && !a.startsWith('--socket=') && !a.startsWith('--clientProcessId='));
  if (unknown.length > 0) {
    process.stderr.write(`mechlens: lsp: unknown option ${JSON.stringify(unknown[0])} (expected --stdio)\n`);
    process.exitCode = 2;
  } else {
    if (!argv.slice(1).some((a) => transports.includes(a) || a.startsWith('--socket='))) process.argv.push('--stdio');
    require('../dist/server.js').start();
  }
} else {
  require('../dist/cli.js').run(argv).then((code) => { process.exitCode = code; });
}
