/**
 * Build step: the model compromise's tokenizer and first-pass tagger read (its lexicon with every
 * inflection, its suffix, regex and neighbour patterns, its tag set), taken from the full package after
 * it has been taught the cue verbs' forms, as the checker used to do at every start. The checker loads
 * it with compromise's tokenizer build (src/core/tagger/compromise.ts) instead of letting the full
 * package rebuild it. Output: generated/compromise-model.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { encodeModel } from '../src/core/tagger/snapshot';

/** The model after the full package has loaded and learnt `tags` (form → tag, generated/verb-forms.json). */
export function buildCompromiseModel(tags: Record<string, string>): string {
  nlp.addWords({ ...tags });
  return `${encodeModel(nlp.model())}\n`;
}

export function main(root: string): number {
  const { tags } = JSON.parse(readFileSync(join(root, 'generated', 'verb-forms.json'), 'utf8')) as { tags: Record<string, string> };
  writeFileSync(join(root, 'generated', 'compromise-model.json'), buildCompromiseModel(tags));
  return 0;
}
