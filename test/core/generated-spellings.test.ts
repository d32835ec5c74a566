/**
 * Spellings made from a curator's variants, answered by quick paths where the lexicon's half a million
 * spellings pass: the index adds a spelling's +es and +ies plurals (irregularPluralOf answers from
 * character codes where pluralOf runs regexes — the same answers, on any word, non-ASCII endings
 * included), and a variant with nothing to generate is taken as it is (generatesNoForms).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { expandVariant, generatesNoForms, irregularPluralOf, pluralOf } from '../../src/core/lexicon/variants';
import { isCaseSensitiveVariant } from '../../src/core/normalize';

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

describe('spellings generated from a variant', () => {
  it('are the variant alone exactly when generatesNoForms says so (ASCII without a Greek name or a US/UK spelling)', () => {
    for (const v of ['IL-4', 'NFATc1', 'bone marrow', 'x']) {
      assert.equal(generatesNoForms(v), true, v);
      assert.deepEqual(expandVariant(v), [v]);
    }
    for (const [v, forms] of [['TNF-α', ['TNF-α', 'TNF-alpha', 'TNF-a', 'TNFa']], ['tumor', ['tumor', 'tumour']], ['Alpha-2', ['Alpha-2', 'α-2']], ['naïve', ['naïve']], ['TGF-β signalling', ['TGF-β signalling', 'TGF-beta signalling', 'TGF-b signalling', 'TGF-β signaling', 'TGF-beta signaling', 'TGF-b signaling']]] as const) {
      assert.equal(generatesNoForms(v), false, v);
      assert.deepEqual(expandVariant(v), forms, v);
    }
    const parts = fc.constantFrom('IL', '-', ' ', '4', 'alp', 'ha', 'tum', 'or', 'our', 'β', 'ı', 'ſ', 'K', 'Signal', 'ling', 'x');
    fc.assert(fc.property(fc.array(parts, { maxLength: 6 }).map((ps) => ps.join('')), (v) => {
      const forms = expandVariant(v);
      assert.equal(forms[0], v);
      assert.equal(new Set(forms).size, forms.length, `${v}: ${forms.join(', ')}`);
      if (generatesNoForms(v)) assert.deepEqual(forms, [v]);
      if (/[^\x00-\x7F]/.test(v)) assert.equal(generatesNoForms(v), false, v);
    }), { numRuns: 3000 });
  });
});

describe('whether a spelling keeps its case', () => {
  it('is answered for ASCII and Greek letters from character codes as NFKC and the Unicode test answer it', () => {
    const byNfkc = (v: string): boolean => /\p{Lu}/u.test(v.normalize('NFKC').replace(/[α-ωΑ-Ωϕµ]/gu, '').slice(1));
    const reference = (v: string): boolean => (/[^\x00-\x7F]/.test(v) ? byNfkc(v) : /[A-Z]/.test(v.slice(1)));
    for (const [v, kept] of [['TNF-α', true], ['IL-1β', true], ['βA', false], ['αBc', false], ['Α', false], ['xΑB', true], ['µM', false], ['ϕX', false], ['Tnf-α', false], ['ΣΔ', false], ['Éa', false], ['aÉ', true], ['aＢ', true]] as const) {
      assert.equal(isCaseSensitiveVariant(v), kept, v);
      assert.equal(isCaseSensitiveVariant(v), reference(v), v);
    }
    const chars = fc.constantFrom('a', 'B', '-', ' ', '1', 'α', 'ω', 'Α', 'Ω', 'ς', 'ϕ', 'µ', 'μ', '\u03a2', 'É', 'é', 'Ｂ', 'ǅ', '\u0301', 'ß');
    fc.assert(fc.property(fc.array(chars, { maxLength: 6 }).map((cs) => cs.join('')), (v) => assert.equal(isCaseSensitiveVariant(v), reference(v), JSON.stringify(v))), { numRuns: 5000 });
  });
});
