/**
 * The bundled lexicon's tries are made by the build (generated/lexicon-tries.json) and read at start:
 * they must be what the index builds from the lexicon now, and an index given them must find what one
 * that built its own finds.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex, findMentions, indexTries, type CompiledLexicon, type IndexTries } from '../../src/core';
import { Trie } from '../../src/core/entities/trie';
import { lexiconTriesText } from '../../scripts/lexicon-tries';
import { makeCorpus } from '../../scripts/bench-corpus';
import { ROOT } from '../support/lexicon';

const generated = (name: string): string => readFileSync(join(ROOT, 'generated', name), 'utf8');

describe('the bundled lexicon\'s tries, made by the build', () => {
  it('generated/lexicon-tries.json is what the index builds from generated/lexicon.json (not stale)', () => {
    assert.ok(generated('lexicon-tries.json') === lexiconTriesText(generated('lexicon.json')), 'generated/lexicon-tries.json is stale: run npm run build');
  });

  it('a trie read back from its data is the same trie', () => {
    const trie = new Trie();
    for (const [key, id] of [['il-4', 'il4'], ['il-10', 'il10'], ['il-1β', 'il1b'], ['ıl', 'x'], ['il-4', 'other']] as const) trie.insert(key, id);
    const copy = new Trie(trie.toData());
    assert.deepEqual(copy.toData(), trie.toData());
    for (const key of ['il-4', 'il-10', 'il-1β', 'ıl', 'il', 'il-']) assert.deepEqual(copy.lookup(key), trie.lookup(key), key);
  });

  it('an index given them finds every mention an index that builds its own finds', () => {
    const lexicon = JSON.parse(generated('lexicon.json')) as CompiledLexicon;
    const tries = JSON.parse(generated('lexicon-tries.json')) as IndexTries;
    const built = buildIndex(lexicon);
    const read = buildIndex(lexicon, tries);
    assert.deepEqual(indexTries(read), indexTries(built));
    const texts = [...makeCorpus(lexicon, 3000).sentences, readFileSync(join(ROOT, 'examples', 'draft.md'), 'utf8')];
    for (const text of texts) assert.deepEqual(findMentions(text, 0, text.length, read), findMentions(text, 0, text.length, built), text);
  });
});
