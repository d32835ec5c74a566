/**
 * The web extension's engine runs without Node: the browser bundle is loaded into a bare JavaScript
 * context (no require, process, Buffer or module) and analyses a document there.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { ROOT } from '../support/lexicon';

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
