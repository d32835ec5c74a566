/**
 * Which terms open their sentence as its subject: the next sentence's pronouns prefer them
 * ("Alisol A inhibited RANKL-mediated …. Furthermore, it inhibited …" has no such term).
 */
import { strict as assert } from 'node:assert';
import { openingTerms } from '../../src/core/claims/coreference';

function opens(text: string, ...terms: string[]): boolean[] {
  return openingTerms(text, terms.map((t) => text.indexOf(t)));
}

describe('terms that open their sentence', () => {
  it('a subject after at most two words, or past a leading phrase closed by a comma', () => {
    assert.deepEqual(opens('The cytokine IL-4 inhibited NFATc1.', 'IL-4', 'NFATc1'), [true, false]);
    assert.deepEqual(opens('In this study, IL-4 inhibited NFATc1.', 'IL-4'), [true]);
    assert.deepEqual(opens('Alisol A inhibited RANKL-mediated osteoclastogenesis.', 'RANKL'), [false]);
    // (A name the lexicon does not know and its past verb are two words too: the term after them is the object.)
    assert.deepEqual(opens('Curcumin inhibited RANKL-induced osteoclast formation.', 'RANKL'), [false]);
    assert.deepEqual(opens('Curcumin inhibits RANKL-induced osteoclast formation.', 'RANKL'), [false]);
    assert.deepEqual(opens('The activated macrophages secreted IL-6.', 'macrophages'), [true]);
    assert.deepEqual(opens('Highly purified MSCs inhibited T cells.', 'MSCs'), [true]);
    // (After a subject and its verb, the first comma is inside the clause: the terms listed after it are objects.)
    assert.deepEqual(opens('Curcumin effectively suppressed osteoclast formation, bone resorption and NFATc1.', 'bone resorption'), [false]);
    assert.deepEqual(opens('However, IL-4 inhibited NFATc1.', 'IL-4'), [true]);
  });

  it('the subject of a reported that-clause', () => {
    assert.deepEqual(opens('It was found that MSCs contributed to bone repair.', 'MSCs'), [true]);
  });

  it('in a sentence that lists thousands of terms, only the first opens it', () => {
    const text = `${Array.from({ length: 5000 }, (_, i) => (i % 2 ? 'IL-4' : 'TNF-α')).join(', ')} promote bone.`;
    const starts = [...text.matchAll(/IL-4|TNF-α/g)].map((m) => m.index);
    const result = openingTerms(text, starts);
    assert.equal(result.length, 5000);
    assert.deepEqual([result[0], result[1], result[4999]], [true, true, false]);
  });
});
