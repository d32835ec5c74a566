/**
 * A two-way link named with "between": "the crosstalk between MSCs and macrophages", "Interaction between
 * the immune system and bone metabolism", "the interplay among osteoblasts, osteoclasts and immune cells";
 * with "of … with" ("the interaction of MSCs with macrophages"); or by two terms joined before the noun
 * ("the RANK–TRAF6 interaction").
 * Each side acts on the other, in no stated direction: background authors cite, supported whenever the
 * review relates the pair at all.
 */
import { DETERMINERS, LINK_NOUNS } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { clauseEnd, clauseStart } from '../sentence/clauses';
import { single, type Group } from '../sentence/groups';
import { sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { isEnt, isVerbAt, word } from '../sentence/words';
import { hasComma } from '../tokens';
import type { Rule } from './rule';

/** Most plain words (articles, adjectives, nouns) before a term of the list ("the tissue-resident macrophages"). */
const MODIFIER_REACH = 3;

/** The next term of a list at k, past plain words that only say which one, or undefined. */
function termAhead(v: SentenceView, k: number): number | undefined {
  for (let j = k; j < Math.min(v.n, k + MODIFIER_REACH + 1); j++) {
    if (isEnt(v, j)) return j;
    if (hasComma(v.toks[j]) || isVerbAt(v, j) || !(DETERMINERS.has(word(v, j)) || v.toks[j].tags.has('Adjective') || v.toks[j].tags.has('Noun'))) return undefined;
  }
  return undefined;
}

/**
 * The terms listed after "between"/"among" at k: "between MSCs and tissue-resident macrophages", "among
 * osteoblasts, osteoclasts and immune cells" (a list of its own, though a verb follows it).
 */
function sidesAt(v: SentenceView, k: number): Group | undefined {
  const first = termAhead(v, k + 1);
  if (first === undefined) return undefined;
  const g: Group = { first, last: first, ents: [first] };
  for (;;) {
    let j = g.last + 1;
    const comma = hasComma(v.toks[g.last]);
    if (/^(and|or)$/.test(word(v, j))) j++;
    else if (word(v, j) === 'as' && word(v, j + 1) === 'well' && word(v, j + 2) === 'as') j += 3;
    else if (!comma) break;
    const next = termAhead(v, j);
    if (next === undefined) break;
    g.ents.push(next);
    g.last = next;
  }
  return g;
}

/**
 * Which side of "between A and B" each term is on (0 or 1): the first "and" parts them, so "between MSCs
 * and macrophages and monocytes" links MSCs with each of the others, not macrophages with monocytes.
 */
function sideOf(v: SentenceView, sides: Group): (e: number) => number {
  const split = sides.ents.find((e, k) => k > 0 && andBefore(v, sides.ents[k - 1], e));
  return (e) => (split !== undefined && e >= split ? 1 : 0);
}

/** Is there an "and" between two terms of the list (not only a comma or "or")? */
function andBefore(v: SentenceView, prev: number, e: number): boolean {
  for (let j = prev + 1; j < e; j++) if (word(v, j) === 'and') return true;
  return false;
}

/** "the interaction of MSCs with macrophages": the two sides after "of" and "with", or undefined. */
function ofWithSides(v: SentenceView, i: number): Group | undefined {
  if (word(v, i + 1) !== 'of') return undefined;
  const first = termAhead(v, i + 2);
  if (first === undefined || hasComma(v.toks[first]) || word(v, first + 1) !== 'with') return undefined;
  const last = termAhead(v, first + 2);
  return last === undefined ? undefined : { first, last, ents: [first, last] };
}

/** "the RANK–TRAF6 interaction": two terms joined by a hyphen, a dash or a slash right before the noun at i. */
function joinedSidesBefore(v: SentenceView, i: number): Group | undefined {
  const first = i - 2;
  if (first < 0 || !isEnt(v, first) || !isEnt(v, i - 1) || !/^[-/]$/.test(v.toks[first].post)) return undefined;
  return { first, last: i - 1, ents: [first, i - 1] };
}

/** The sides of the link noun at i, and which side each term is on. */
function linkSidesAt(v: SentenceView, i: number): { sides: Group; side: (e: number) => number } | undefined {
  if (/^(between|among|amongst)$/.test(word(v, i + 1))) {
    const sides = sidesAt(v, i + 1);
    // (One term alone, "the crosstalk between macrophages": its partner is not named here.)
    if (!sides || sides.ents.length < 2) return undefined;
    return { sides, side: word(v, i + 1) === 'between' ? sideOf(v, sides) : (e: number) => e };
  }
  const pair = ofWithSides(v, i) ?? joinedSidesBefore(v, i);
  return pair && { sides: pair, side: (e: number) => e };
}

function readLinksBetween(v: SentenceView, sink: ClaimSink): void {
  for (let i = 0; i < v.n; i++) {
    if (!LINK_NOUNS.has(word(v, i))) continue;
    const linked = linkSidesAt(v, i);
    if (!linked) continue;
    const { sides, side } = linked;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    const ctx = contextFor(v, clauseStart(v, Math.min(i, sides.first)), clauseEnd(v, Math.max(i, sides.last)), sides);
    // (The cue is the noun and its preposition; a noun that ends the sentence, "… the CD200–CD200R interaction.", alone.)
    const cue = { at: i, lastAt: Math.min(i + 1, v.n - 1), relation: 'regulates', sign: 0 as const, lineage: undefined };
    for (const a of sides.ents) {
      const others: Group = { first: sides.first, last: sides.last, ents: sides.ents.filter((e) => side(e) !== side(a)) };
      if (others.ents.length > 0) emitPairs(v, sink, cue, single(a), others, 0, { negated: false, hedged: frame.hedged, passive: false, ctx });
    }
  }
}

export const linkBetween: Rule = {
  id: 'link-between',
  phenomenon: 'A two-way link named with "between", "among" or "of … with", or by two joined terms: each side regulates the other ("the crosstalk between MSCs and osteoclasts", "the RANK–TRAF6 interaction").',
  confidence: 0.7,
  background: true,
  read: readLinksBetween,
  examples: [
    { text: 'Interplay between the immune system and bone metabolism in fracture repair', reads: ['immune-response regulates bone-remodeling', 'bone-remodeling regulates immune-response'] },
    { text: 'The crosstalk between osteoblasts and osteoclasts shapes inflamed bone.', reads: ['osteoblast regulates osteoclast', 'osteoclast regulates osteoblast'] },
    { text: 'The crosstalk between MSCs and resident macrophages and monocytes has been described.', reads: ['msc regulates macrophage', 'monocyte regulates msc'], not: ['macrophage regulates monocyte'] },
    { text: 'The interplay among osteoblasts, osteoclasts and macrophages shapes the callus.', reads: ['osteoblast regulates macrophage', 'macrophage regulates osteoclast'] },
    { text: 'The interaction between macrophages remains poorly understood.', not: ['macrophage regulates macrophage'] },
    { text: 'The interaction of MSCs with osteoclasts was studied in co-culture.', reads: ['msc regulates osteoclast', 'osteoclast regulates msc'] },
    { text: 'Blocking the RANK–TRAF6 interaction may spare bone.', reads: ['rank regulates traf6', 'traf6 regulates rank'] },
    // (What a review sets out to present, not what it claims.)
    { text: 'This review introduces the crosstalk between MSCs and immune cells.', not: ['msc regulates immune-cell'] },
  ],
};
