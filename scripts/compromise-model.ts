/**
 * Build step: the model compromise's tokenizer and first-pass tagger read (its lexicon with every
 * inflection, its suffix, regex and neighbour patterns, its tag set), taken from the full package after
 * it has been taught the cue verbs' forms (as the checker used to do at every start) and the grammar's
 * nounSpellings. The checker loads
 * it with compromise's tokenizer build (src/core/tagger/compromise.ts) instead of letting the full
 * package rebuild it. Output: generated/compromise-model.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { encodeModel } from '../src/core/tagger/snapshot';

/** The model after the full package has loaded and learnt `tags` (form → tag, generated/verb-forms.json). */
export function buildCompromiseModel(tags: Record<string, string>, nouns: readonly string[] = []): string {
  nlp.addWords({ ...tags, ...Object.fromEntries(nouns.map((w) => [w, 'Singular'])) });
  return `${encodeModel(nlp.model())}\n`;
}

export function main(root: string): number {
  const { tags } = JSON.parse(readFileSync(join(root, 'generated', 'verb-forms.json'), 'utf8')) as { tags: Record<string, string> };
  // (The grammar's nounSpellings: words compromise's suffix rules would take for verbs.)
  const grammar = JSON.parse(readFileSync(join(root, 'src', 'core', 'claims', 'grammar.json'), 'utf8')) as { nounSpellings: { words: string[] } };
  writeFileSync(join(root, 'generated', 'compromise-model.json'), buildCompromiseModel(tags, grammar.nounSpellings.words));
  return 0;
}
