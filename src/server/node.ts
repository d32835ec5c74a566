/**
 * The language server in a Node process: `mechlens lsp --stdio` for any editor, or over IPC for VS Code.
 * The core and lexicon are bundled in; entries become files in the cache directory, and so do the compiled
 * forms of large user lexicons; files are read from disk.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { bundledCore } from './bundledCore';
import { cacheDirectory, entryFileLinks } from './entryFiles';
import { serverBuild, serverLexiconStore } from './lexiconStore';
import { nodeFiles } from './nodeFiles';
import { startServer } from './server';

/** Starts the server on the transport named in argv (`--stdio`, `--node-ipc`, `--socket=N`). */
export function start(): void {
  const connection = createConnection(ProposedFeatures.all);
  const build = serverBuild();
  startServer(connection, {
    loadCore: () => bundledCore,
    fileLinks: (render) => entryFileLinks(cacheDirectory(), render),
    files: nodeFiles(),
    lexiconStore: build === undefined ? undefined : serverLexiconStore(cacheDirectory(), build),
  });
}

// Run directly (VS Code forks dist/server.js with --node-ipc): start at once. Required (bin/mechlens.js): the caller starts it.
if (typeof require !== 'undefined' && require.main === module) start();
