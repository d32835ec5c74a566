/**
 * A term put to use for an end that is no disease: "stem cells have been employed in regenerative
 * medicine", "MSCs are used for bone regeneration", "MSCs have been widely researched for the function of
 * bone regeneration". What a term is used for is what it furthers; what it is studied for is linked in no
 * stated direction. (A disease's treatment is therapeutic-use's; "a promising candidate for Y" is
 * predicate-noun's.) Like a use title it frames rather than reports a finding, so its confidence keeps an
 * opposite verdict below the warning line.
 */
import type { Sign } from '../../lexicon/relations';
import { RESEARCH_PARTICIPLES, USE_WORDS } from '../grammar';
import type { ClaimSink } from '../sink';
import { entityAhead } from '../sentence/args';
import { emitUseClaim, modifiesNounAfter } from '../sentence/useClaim';
import type { SentenceView } from '../sentence/view';
import { isAdverbish, isPlainNoun, mentionOf, therapyOfAt, word } from '../sentence/words';
import type { Rule } from './rule';

/** Most words between the preposition and the end's term ("in the field of bone tissue engineering"). */
const END_REACH = 5;

/** "for the function of", "for the purpose(s) of": words that only say the end follows. */
function pastPurposeWords(v: SentenceView, k: number): number {
  let j = k;
  if (word(v, j) === 'the') j++;
  return /^(function|functions|purpose|purposes)$/.test(word(v, j)) && word(v, j + 1) === 'of' ? j + 2 : k;
}

function readUseForEnd(v: SentenceView, sink: ClaimSink): void {
  for (let u = 1; u < v.n; u++) {
    const w = word(v, u);
    const research = RESEARCH_PARTICIPLES.has(w);
    // ("… have emerged as biomaterials for use in bone regeneration": the noun after "for" alike.)
    const forUse = w === 'use' && word(v, u - 1) === 'for';
    if (v.toks[u].ent !== undefined || (!research && !forUse && !USE_WORDS.has(w))) continue;
    let p = u + 1;
    while (p < v.n && isAdverbish(v, p)) p++;
    // ("the most commonly used cells in regenerative medicine": the participle before the noun it describes.)
    if (!research && !forUse && isPlainNoun(v, p) && (word(v, p + 1) === 'in' || word(v, p + 1) === 'for')) p++;
    // ("used in the treatment of osteoarthritis" is therapeutic-use's.)
    if ((word(v, p) !== 'in' && word(v, p) !== 'for') || therapyOfAt(v, p) >= 0) continue;
    const end = entityAhead(v, pastPurposeWords(v, p + 1), END_REACH);
    // (Only a process: "used in osteoclasts" names a place; "used in bone resorption assays", no end.)
    if (!end || mentionOf(v, end.first).type !== 'process' || modifiesNounAfter(v, end.last)) continue;
    const sign: Sign = research ? 0 : 1;
    emitUseClaim(v, sink, { predicate: forUse ? u - 1 : u, at: u, lastAt: p, target: end, sign, relation: research ? 'regulates' : 'promotes' });
  }
}

export const useForEnd: Rule = {
  id: 'use-for-end',
  phenomenon: 'A term used for an end that is no disease ("stem cells have been employed in regenerative medicine"): it furthers that end; studied for it ("researched for bone regeneration"), it is linked in no stated direction.',
  confidence: 0.6,
  read: readUseForEnd,
  examples: [
    { text: 'Stem cells have been employed in regenerative medicine with good results.', reads: ['msc promotes tissue-regeneration'] },
    { text: 'MSCs are increasingly used for bone regeneration.', reads: ['msc promotes bone-repair'] },
    { text: 'MSCs are the most commonly used cells in regenerative medicine.', reads: ['msc promotes tissue-regeneration'] },
    { text: 'Porous scaffolds have become attractive biomaterials for use in bone regeneration.', reads: ['biomaterial-scaffold promotes bone-repair'] },
    { text: 'MSCs have been widely researched for the function of bone regeneration.', reads: ['msc regulates bone-repair'], not: ['msc promotes bone-repair'] },
    { text: 'MSCs have not been used for bone regeneration in this model.', not: ['msc promotes bone-repair', 'msc promotes! bone-repair'] },
    { text: 'TNF-α was used in osteoclast formation assays.', not: ['tnf-alpha promotes osteoclastogenesis'] },
  ],
};
