/**
 * The web extension's engine runs without Node: the browser bundle is loaded into a bare JavaScript
 * context (no require, process, Buffer or module) and analyses a document there.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { ROOT } from '../support/lexicon';
import { startWebWorkerServer } from '../support/webWorker';

describe('browser bundle', () => {
  it('analyses a document with no Node built-ins in reach', () => {
    const code = readFileSync(join(ROOT, 'dist', 'web', 'engine.js'), 'utf8');
    const context = createContext({ console });
    // What a web worker (the web extension host) has: `self` is the global object.
    runInContext('var self = globalThis;', context);
    runInContext(code, context, { filename: 'dist/web/engine.js' });
    const result = runInContext(`
      (() => {
        if (typeof require !== 'undefined' || typeof process !== 'undefined' || typeof Buffer !== 'undefined') throw new Error('Node leaked in');
        const analyzer = MechlensEngine.createAnalyzer({ lexicon: MechlensEngine.bundledLexicon });
        return JSON.stringify(analyzer.analyze({ text: 'IL-4 promotes NFATc1 [104].', languageId: 'markdown' }).diagnostics);
      })()`, context) as string;
    const diagnostics = JSON.parse(result) as Array<{ message: string }>;
    assert.equal(diagnostics[0]?.message, 'Contradicts the review: IL-4 inhibits NFATc1 [104]');
  });

  it('the web extension bundle requires nothing but vscode', () => {
    const code = readFileSync(join(ROOT, 'dist', 'web', 'extension.js'), 'utf8');
    const required = new Set([...code.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]));
    assert.deepEqual([...required], ['vscode']);
  });
});

describe('web worker language server', () => {
  it('answers initialize and publishes the IL-4 warning with no Node built-ins in reach', async function () {
    this.timeout(30_000);
    const { sent, deliver, until, nodeFree } = startWebWorkerServer();
    assert.equal(nodeFree(), true, 'no Node globals');
    deliver({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, initializationOptions: { entryScheme: 'mechlens', clientFiles: true } } });
    const init = await until(() => sent.find((m) => m.id === 1));
    assert.ok((init.result as { capabilities: { hoverProvider: boolean } }).capabilities.hoverProvider);
    deliver({ jsonrpc: '2.0', method: 'initialized', params: {} });
    deliver({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'vscode-vfs://github/x/draft.md', languageId: 'markdown', version: 1, text: 'IL-4 promotes NFATc1.' } } });
    const published = await until(() => sent.find((m) => m.method === 'textDocument/publishDiagnostics'));
    const [d] = (published.params as { diagnostics: Array<{ message: string; codeDescription: { href: string } }> }).diagnostics;
    assert.equal(d.message, 'Contradicts the review: IL-4 inhibits NFATc1 [104]');
    assert.equal(d.codeDescription.href, 'mechlens:/interaction/il-4-inhibits-nfatc1.md');
  });
});
