/**
 * What a term is for, named as its function: "The main function of osteoclasts is bone resorption",
 * "Osteoclasts are giant cells; their main function is bone resorption", "cells whose primary role is
 * tissue repair". The owner carries out the process named after "is".
 */
import { BE_FORMS, DETERMINERS, FUNCTION_NOUNS, NEGATORS } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { clauseStart } from '../sentence/clauses';
import { groupLeft, groupRight, type Group } from '../sentence/groups';
import { sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { isEnt, mentionOf, word } from '../sentence/words';
import { hasComma } from '../tokens';
import type { Rule } from './rule';

/** Possessives that stand for a term named before them. */
const POSSESSIVE = /^(their|its|whose)$/;

/** Words between a possessive or article and the function noun ("their main", "the primary"). */
function isDescribing(v: SentenceView, k: number): boolean {
  return v.toks[k].ent === undefined && (v.toks[k].tags.has('Adjective') || DETERMINERS.has(word(v, k)));
}

/**
 * The term whose function the noun at i names: "of osteoclasts" after it, "osteoclasts'" before it, or
 * the term a "their", "its" or "whose" before it stands for (the nearest one of the sentence before it).
 */
function ownerOf(v: SentenceView, i: number): { owner: Group; after: number } | undefined {
  if (word(v, i + 1) === 'of' && isEnt(v, i + 2)) {
    const owner = groupRight(v, i + 2);
    return hasComma(v.toks[owner.last]) ? undefined : { owner, after: owner.last + 1 };
  }
  let k = i - 1;
  while (k >= 0 && isDescribing(v, k) && !POSSESSIVE.test(word(v, k))) k--;
  if (k < 0) return undefined;
  if (isEnt(v, k) && /'$|'s$/.test(v.toks[k].text + v.toks[k].post.trim())) return { owner: groupLeft(v, k), after: i + 1 };
  if (!POSSESSIVE.test(word(v, k))) return undefined;
  for (let j = k - 1; j >= 0; j--) if (isEnt(v, j)) return { owner: groupLeft(v, j), after: i + 1 };
  return undefined;
}

function readFunctions(v: SentenceView, sink: ClaimSink): void {
  for (let i = 0; i < v.n; i++) {
    if (!FUNCTION_NOUNS.has(word(v, i)) || v.toks[i].ent !== undefined) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    const found = ownerOf(v, i);
    if (!found || !BE_FORMS.has(word(v, found.after))) continue;
    let k = found.after + 1;
    const negated = NEGATORS.has(word(v, k));
    if (negated) k++;
    while (k < v.n && DETERMINERS.has(word(v, k))) k++;
    // Only a process right after "is": "the role of IL-6 is complex" or "… is to promote …" name none.
    if (!isEnt(v, k) || mentionOf(v, k).type !== 'process') continue;
    const process = groupRight(v, k);
    emitPairs(v, sink, { at: i, lastAt: found.after, relation: 'promotes', sign: 1, lineage: undefined }, found.owner, process, 1, {
      negated, hedged: frame.hedged, passive: false, ctx: contextFor(v, clauseStart(v, i), process.last, found.owner),
    });
  }
}

export const functionOf: Rule = {
  id: 'function-of',
  phenomenon: 'A term\'s function named as a process: "the main function of X is Y", "their main function is Y".',
  confidence: 0.8,
  read: readFunctions,
  examples: [
    { text: 'The main function of osteoclasts is bone resorption.', reads: ['osteoclast promotes bone-resorption'] },
    { text: 'Osteoclasts are giant polynuclear cells; their main function is bone resorption.', reads: ['osteoclast promotes bone-resorption'] },
    { text: 'Osteoclasts are multinucleated cells whose primary function is bone resorption.', reads: ['osteoclast promotes bone-resorption'] },
    { text: 'The role of IL-6 in bone repair is complex.', reads: [], not: ['il-6 promotes bone-repair'] },
  ],
};
