/**
 * The index adds a spelling's +es and +ies plurals (the matcher accepts a plain +s by itself).
 * irregularPluralOf answers from character codes where pluralOf runs regexes: the same answers, on
 * any word, non-ASCII endings included.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { irregularPluralOf, pluralOf } from '../../src/core/lexicon/variants';

const byRegexes = (word: string): string | undefined => {
  const pl = pluralOf(word);
  return pl !== undefined && pl !== `${word}s` ? pl : undefined;
};

describe('irregular plurals of spellings', () => {
  it('makes +es and +ies plurals as pluralOf does, and nothing for a plain +s', () => {
    const cases: Array<[string, string | undefined]> = [
      ['macrophage', undefined], ['MSC', undefined], ['IL-6', undefined], ['matrix', 'matrixes'], ['branch', 'branches'],
      ['FLASH', 'FLASHes'], ['kinase', undefined], ['process', 'processes'], ['osteogenesis', undefined], ['OSTEOGENESIS', undefined],
      ['body', 'bodies'], ['key', undefined], ['Y', undefined], ['y', undefined], ['-y', '-ies'], ['a-s', 'a-ses'], ['TNF-α', undefined],
      ['', undefined], ['x', 'xes'], ['s', 'ses'], ['IS', undefined], ['p53)', undefined], ['αy', 'αies'], ['naïs', 'naïses'], ['ſh', undefined],
    ];
    for (const [word, plural] of cases) {
      assert.equal(irregularPluralOf(word), plural, word);
      assert.equal(irregularPluralOf(word), byRegexes(word), word);
    }
  });

  it('agrees with pluralOf on any word', () => {
    const letters = fc.constantFrom('a', 'e', 'i', 'o', 'u', 'y', 'Y', 's', 'S', 'x', 'X', 'c', 'C', 'h', 'H', 'I', 'b', '1', '-', ' ', ')', 'α', 'ï', 'ſ', 'K', '\u212a', '😀');
    fc.assert(fc.property(fc.array(letters, { maxLength: 6 }).map((cs) => cs.join('')), (word) => assert.equal(irregularPluralOf(word), byRegexes(word), JSON.stringify(word))), { numRuns: 5000 });
  });
});
