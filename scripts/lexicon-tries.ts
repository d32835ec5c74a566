/**
 * Build step: the tries of the bundled lexicon's index (case-kept symbols, case-folded words, composite
 * actions), so the checker and the language server read them at start instead of generating every
 * spelling and inserting it. Made from generated/lexicon.json by the core's own index, so they are the
 * tries it would build. Output: generated/lexicon-tries.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex, indexTries, type CompiledLexicon } from '../src/core';

export function lexiconTriesText(lexiconText: string): string {
  return `${JSON.stringify(indexTries(buildIndex(JSON.parse(lexiconText) as CompiledLexicon)))}\n`;
}

export function main(root: string): number {
  const lexicon = readFileSync(join(root, 'generated', 'lexicon.json'), 'utf8');
  writeFileSync(join(root, 'generated', 'lexicon-tries.json'), lexiconTriesText(lexicon));
  return 0;
}
