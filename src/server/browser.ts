/** The language server in a web worker (vscode.dev, github.dev): the same server; files come through the client. */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { bundledCore } from './bundledCore';
import { startServer } from './server';

declare const self: unknown;

const scope = self as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
startServer(connection, { loadCore: () => bundledCore });
