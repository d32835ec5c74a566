/**
 * Bibliographies in the web build: the web worker's server reads a .bib through the client
 * (mechlens/readFile), parses it with no Node built-ins in reach, and offers to add the review to it;
 * neither server bundle carries citation-js core's network code.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/lexicon';
import { startWebWorkerServer } from '../support/webWorker';

describe('bibliographies in the web worker server', () => {
  it('reads a .bib through the client and adds the review to it', async function () {
    this.timeout(30_000);
    const { sent, deliver, until, nodeFree } = startWebWorkerServer();
    assert.ok(nodeFree(), 'no Node globals');
    const folder = 'vscode-vfs://github/lab/paper';
    deliver({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, workspaceFolders: [{ uri: folder, name: 'paper' }], capabilities: {}, initializationOptions: { entryScheme: 'mechlens', clientFiles: true } } });
    await until(() => sent.find((m) => m.id === 1));
    deliver({ jsonrpc: '2.0', method: 'initialized', params: {} });
    const uri = `${folder}/paper.tex`;
    deliver({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'latex', version: 1, text: '\\bibliography{refs}\nIL-4 promotes NFATc1 in precursors~\\autocite{m2019}.\n' } } });
    const read = await until(() => sent.find((m) => m.method === 'mechlens/readFile' && (m.params as { uri: string }).uri === `${folder}/refs.bib`));
    deliver({ jsonrpc: '2.0', id: read.id, result: { text: '@string{j = {Bone}}\n@article{m2019, author = {M{\\"u}ller, J.}, title = {On Bone}, journal = j, year = 2019}\n' } });
    const published = await until(() => sent.find((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri));
    const [d] = (published.params as { diagnostics: Array<{ range: unknown }> }).diagnostics;
    // The .bib is read while the document is checked: ask for the actions until they include the new one.
    let titles: string[] = [];
    let nextId = 100;
    const action = await until(() => {
      deliver({ jsonrpc: '2.0', id: nextId++, method: 'textDocument/codeAction', params: { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } } });
      const answers = sent.filter((m) => m.method === undefined && (m.id ?? 0) >= 100).map((m) => m.result as Array<{ title: string }>);
      titles = answers.at(-1)?.map((x) => x.title) ?? titles;
      return answers.flat().find((x) => x.title.startsWith('Add the review to refs.bib'));
    }).catch((err: Error) => {
      throw new Error(`the actions were: ${titles.join('; ')} (${err.message.slice(0, 200)})`);
    });
    assert.match(action.title, /\\autocite\{zhang2024interplay\}/);
  });

  it('leaves citation-js core’s fetchers out of both server bundles', () => {
    for (const bundle of [join('dist', 'server.js'), join('dist', 'web', 'server.js')]) {
      const code = readFileSync(join(ROOT, bundle), 'utf8');
      for (const fetcher of ['sync-fetch', 'fetch-ponyfill', 'node-fetch', 'XMLHttpRequest']) assert.ok(!code.includes(fetcher), `${bundle} contains ${fetcher}`);
    }
  });
});
