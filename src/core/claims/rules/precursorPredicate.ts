/**
 * A precursor cell named by a term in a predicate: "Macrophages are osteoclast precursors", "monocytes
 * serve as osteoclast progenitors", "macrophages, acting as both immune cells and osteoclast precursors".
 * The holder gives rise to the precursor, a lineage the lexicon judges like "differentiate into".
 */
import { DETERMINERS, NEGATORS, PRECURSOR_NOUNS } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { holderOfPredicate } from '../sentence/args';
import { clauseStart } from '../sentence/clauses';
import { groupLeft, single } from '../sentence/groups';
import { polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { isEnt, mentionOf, word } from '../sentence/words';
import { hasComma } from '../tokens';
import type { Rule } from './rule';

/** The precursor nouns as a list, made once: a term's last word is tested against each as a suffix ("osteoprogenitors"). */
const PRECURSOR_SUFFIXES: readonly string[] = [...PRECURSOR_NOUNS];

/** Does the cell term at k name a precursor ("osteoclast precursors", "osteoprogenitor cells", "preosteoblasts")? */
function namesPrecursor(v: SentenceView, k: number): boolean {
  const m = mentionOf(v, k);
  if (m.type !== 'cell') return false;
  const words = v.text.slice(m.start, m.end).toLowerCase().split(/\s+/);
  if (words.length > 1 && /^cells?$/.test(words[words.length - 1])) words.pop();
  const last = words[words.length - 1];
  return PRECURSOR_SUFFIXES.some((p) => last.endsWith(p)) || /^pre-?[a-z]/.test(words[0]);
}

/** Left of the predicate term at k, past its determiners and adjectives and an earlier coordinated member ("both immune cells and"). */
function predicateStart(v: SentenceView, k: number): number {
  let c = k - 1;
  const skip = (): void => { while (c >= 0 && v.toks[c].ent === undefined && !hasComma(v.toks[c]) && (DETERMINERS.has(word(v, c)) || NEGATORS.has(word(v, c)) || word(v, c) === 'both' || v.toks[c].tags.has('Adjective'))) c--; };
  skip();
  if ((word(v, c) === 'and' || word(v, c) === 'or') && isEnt(v, c - 1)) {
    c = groupLeft(v, c - 1).first - 1;
    skip();
  }
  return c;
}

function readPrecursorPredicates(v: SentenceView, sink: ClaimSink): void {
  for (let k = 0; k < v.n; k++) {
    if (!isEnt(v, k) || !namesPrecursor(v, k)) continue;
    // ("osteoclast precursors of the bone marrow" is still the predicate; "precursors of X" is the agent-noun rule's.)
    const c = predicateStart(v, k);
    // ("cells such as macrophages and osteoprogenitor cells", "as well as": examples, not a predicate.)
    if (c < 0 || (word(v, c) === 'as' && /^(such|well)$/.test(word(v, c - 1)))) continue;
    // ("Origin of Osteoclasts: Osteoclast Precursor Cells": a title's colon joins a topic to a subtopic; it
    // is no copula.)
    if (v.toks[c].ent !== undefined && v.toks[c].post.includes(':')) continue;
    const found = holderOfPredicate(v, c);
    if (!found || found.reverse || found.group.ents.includes(k)) continue;
    const frame = sentenceFrame(v, c);
    if (frame.skip) continue;
    const pol = polarity(v, found.group.last + 1, k);
    emitPairs(v, sink, { at: c, lastAt: c, relation: 'differentiates-into', sign: 0, lineage: 'forward' }, found.group, single(k), 0, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, clauseStart(v, c), k, found.group),
    });
  }
}

/**
 * "Osteoclasts are cells of monocyte/macrophage origin", "osteoclasts, of macrophage origin, …": the cell
 * named before "origin" in a predicate gives rise to the holder.
 */
function readOrigins(v: SentenceView, sink: ClaimSink): void {
  for (let k = 0; k < v.n; k++) {
    if (!isEnt(v, k) || word(v, k + 1) !== 'origin' || mentionOf(v, k).type !== 'cell') continue;
    let j = k - 1;
    // ("of monocyte/macrophage origin": a cell slashed before it shares the origin.)
    while (j >= 0 && (DETERMINERS.has(word(v, j)) || v.toks[j].text === '/' || (isEnt(v, j) && v.toks[j + 1]?.text === '/'))) j--;
    if (word(v, j) !== 'of') continue;
    j--;
    // ("cells of macrophage origin": the plain noun the phrase describes.)
    if (j >= 0 && v.toks[j].ent === undefined && /^cells?$/.test(word(v, j))) j = predicateStart(v, j);
    const found = j >= 0 ? holderOfPredicate(v, j) : undefined;
    if (!found || found.reverse || found.group.ents.includes(k)) continue;
    const frame = sentenceFrame(v, j);
    if (frame.skip) continue;
    const pol = polarity(v, found.group.last + 1, k);
    emitPairs(v, sink, { at: k + 1, lastAt: k + 1, relation: 'differentiates-into', sign: 0, lineage: 'forward' }, single(k), found.group, 0, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, clauseStart(v, j), k, found.group),
    });
  }
}

function readPredicates(v: SentenceView, sink: ClaimSink): void {
  readPrecursorPredicates(v, sink);
  readOrigins(v, sink);
}

export const precursorPredicate: Rule = {
  id: 'precursor-predicate',
  phenomenon: 'A precursor cell named by a term after "is", "as" or "serve as" ("macrophages are osteoclast precursors"), or an origin ("osteoclasts are cells of macrophage origin").',
  confidence: 0.8,
  read: readPredicates,
  examples: [
    { text: 'Macrophages are osteoclast precursors.', reads: ['macrophage differentiates-into pre-osteoclast'] },
    { text: 'Origin of osteoclasts: osteoclast precursor cells', not: ['osteoclast differentiates-into pre-osteoclast'] },
    { text: 'Osteoclasts are cells of monocyte/macrophage origin that erode bone.', reads: ['macrophage differentiates-into osteoclast'] },
    { text: 'Osteoclasts are of macrophage origin.', reads: ['macrophage differentiates-into osteoclast'] },
    { text: 'Macrophages, acting as both immune cells and osteoclast precursors, shape bone healing.', reads: ['macrophage differentiates-into pre-osteoclast'] },
    { text: 'MSCs serve as osteoblast progenitors in the callus.', reads: ['msc differentiates-into pre-osteoblast'] },
    { text: 'Macrophages are not osteoclast precursors.', reads: ['macrophage differentiates-into! pre-osteoclast'] },
    { text: 'Immune cells target effector cells such as macrophages and osteoprogenitor cells.', not: ['immune-cell differentiates-into pre-osteoblast', 'macrophage differentiates-into pre-osteoblast'] },
    { text: 'Osteoclast precursors are macrophages.', not: ['osteoclast differentiates-into pre-osteoclast', 'macrophage differentiates-into pre-osteoclast'] },
  ],
};
