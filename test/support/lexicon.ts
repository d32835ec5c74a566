/** The bundled lexicon and one shared analyser for tests (building the index once keeps the suite quick). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileLexicon, createAnalyzer, type Analyzer, type CompiledLexicon, type LexiconSourceText } from '../../src/core';

export const ROOT = join(__dirname, '..', '..');

export function lexiconSourceFiles(): LexiconSourceText[] {
  const dir = join(ROOT, 'lexicon');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort()
    .map((f) => ({ file: `lexicon/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

let compiled: CompiledLexicon | undefined;
export function bundled(): CompiledLexicon {
  compiled ??= compileLexicon(lexiconSourceFiles(), { checkRefsAgainstReferences: true }).lexicon;
  return compiled;
}

let shared: Analyzer | undefined;
export function analyzer(): Analyzer {
  shared ??= createAnalyzer({ lexicon: bundled() });
  return shared;
}

/** Claims of one text as compact strings: "il-4 inhibits nfatc1 supports". */
export function claimsOf(text: string, languageId = 'markdown'): string[] {
  return analyzer()
    .analyze({ text, languageId })
    .claims.map((c) => `${c.subject} ${c.negated ? 'not ' : ''}${c.relation} ${c.object ?? `${c.attribute?.name}:${c.attribute?.value}`} ${c.status}`);
}
