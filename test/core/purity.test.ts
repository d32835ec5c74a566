/**
 * src/core and src/service must run anywhere (the web worker's server included): no `vscode`, no Node
 * built-ins, no Node globals.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { ROOT } from '../support/lexicon';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('core and service purity', () => {
  const forbidden = new Set(['vscode', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  for (const file of [...files(join(ROOT, 'src', 'core')), ...files(join(ROOT, 'src', 'service'))]) {
    it(`${file.slice(ROOT.length + 1)} imports neither vscode nor Node built-ins`, () => {
      const text = readFileSync(file, 'utf8');
      const specifiers = [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
      const bad = specifiers.filter((s) => forbidden.has(s) || forbidden.has(s.split('/')[0]));
      assert.deepEqual(bad, []);
      assert.ok(!/\bprocess\.(env|argv|cwd|exit|stdout|stderr|platform|versions)\b|\b__dirname\b|\bBuffer\./.test(text), 'uses a Node global');
    });
  }
});
