/**
 * What drives a process, named by example: "OC differentiation factors including TRAF6, NFATc1 and c-Fos",
 * "bone formation regulators such as BMP-2". The process term before the noun is what each example
 * furthers, whatever the sentence then says happened to the factors. (Markers only go with a process:
 * the marker-examples rule reads those.)
 */
import { DRIVING_FACTOR_NOUNS } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { clauseStart } from '../sentence/clauses';
import { single, type Group } from '../sentence/groups';
import { sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { examplesStartAt, isEnt, isHyphenPart, isVerbAt, mentionOf, word } from '../sentence/words';
import { endsClause, hasComma } from '../tokens';
import type { Rule } from './rule';

/** Most tokens a list of examples is read over. */
const LIST_REACH = 40;

/**
 * The terms a list of examples opening at `from` names, up to the clause's end or a verb: "TRAF6, NFATc1 and
 * c-Fos", past names the lexicon does not know ("c-Src") and past a term that only begins a longer name
 * ("TNF-α receptor-associated factor 6 (TRAF6)": TNF-α is no example, TRAF6 is).
 */
function examplesAt(v: SentenceView, from: number): Group | undefined {
  const ents: number[] = [];
  for (let k = from; k < v.n && k < from + LIST_REACH; k++) {
    if (isVerbAt(v, k) && !isEnt(v, k) && !isHyphenPart(v, k)) break;
    if (isEnt(v, k) && !beginsLongerName(v, k)) ents.push(k);
    if (endsClause(v.toks[k])) break;
  }
  return ents.length === 0 ? undefined : { first: ents[0], last: ents[ents.length - 1], ents };
}

/** Is the term at k only the start of a longer name ("TNF-α receptor-associated factor 6")? */
function beginsLongerName(v: SentenceView, k: number): boolean {
  const t = v.toks[k];
  const next = v.toks[k + 1];
  if (hasComma(t) || next === undefined || next.ent !== undefined || /^(and|or)$/.test(next.lower)) return false;
  // (A noun after it that goes on into more of a name, "receptor-associated factor 6"; not a lone word, "BMP-2 rose".)
  const after = v.toks[k + 2];
  const nameGoesOn = next.post === '-' || (after !== undefined && !hasComma(next) && (after.tags.has('Noun') || after.tags.has('Value')));
  return t.post === '-' || (t.post === ' ' && next.tags.has('Noun') && !next.tags.has('Pronoun') && nameGoesOn);
}

function readProcessFactors(v: SentenceView, sink: ClaimSink): void {
  for (let j = 1; j < v.n; j++) {
    if (!DRIVING_FACTOR_NOUNS.has(word(v, j)) || !isEnt(v, j - 1) || hasComma(v.toks[j - 1])) continue;
    const process = j - 1;
    if (mentionOf(v, process).type !== 'process') continue;
    const from = examplesStartAt(v, j + 1);
    const examples = from < 0 ? undefined : examplesAt(v, from);
    if (!examples) continue;
    const frame = sentenceFrame(v, j);
    if (frame.skip) continue;
    emitPairs(v, sink, { at: j, lastAt: j, relation: 'promotes', sign: 1, lineage: undefined }, examples, single(process), 1, {
      negated: false, hedged: frame.hedged, passive: false, ctx: contextFor(v, clauseStart(v, j), examples.last, examples),
    });
  }
}

export const processFactors: Rule = {
  id: 'process-factors',
  phenomenon: 'What drives a process, named by example after the process and a noun such as "factors" ("osteoclast differentiation factors including NFATc1"): each example furthers the process.',
  confidence: 0.75,
  read: readProcessFactors,
  examples: [
    { text: 'IL-33 raised the expression of OC differentiation factors including TRAF6, NFATc1 and c-Fos.', reads: ['nfatc1 promotes osteoclastogenesis', 'c-fos promotes osteoclastogenesis'], not: ['il-33 promotes nfatc1'] },
    { text: 'Bone formation regulators such as BMP-2 rose.', reads: ['bmp-2 promotes bone-formation'] },
    { text: 'It raised OC differentiation factors including TNF-α receptor-associated factor 6 (TRAF6), c-Src and cathepsin K.', reads: ['traf6 promotes osteoclastogenesis', 'cathepsin-k promotes osteoclastogenesis'], not: ['tnf-alpha promotes osteoclastogenesis'] },
    // (Markers only go with a process; the factors' own noun must follow the process.)
    { text: 'Bone formation markers such as ALP rose.', not: ['alp promotes bone-formation'] },
  ],
};
