/**
 * Lineage stated by a noun rather than a verb: "the differentiation of macrophages into osteoclasts"
 * (macrophages become osteoclasts, whatever the sentence says drives it), and the lineages a cell's
 * differentiation is said to include: "MSCs, with multilineage differentiation potential, including
 * osteoblasts and adipocytes".
 */
import { DETERMINERS, LINEAGE_INTO, LINEAGE_LIST_CUES, LINEAGE_NOUNS, NOUN_MODIFIERS } from '../grammar';
import { hasComma } from '../tokens';
import { emitPairs, type ClaimSink } from '../sink';
import { breaksClause, clauseStart } from '../sentence/clauses';
import { groupRight, single, type Group } from '../sentence/groups';
import { nominalPolarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { isEnt, isParticipleAdjective, mentionOf, word } from '../sentence/words';
import type { Rule } from './rule';

const isCell = (v: SentenceView, i: number): boolean => isEnt(v, i) && mentionOf(v, i).type === 'cell';

/** The cells of a group that starts at i, or undefined when it names no cell. */
function cellsFrom(v: SentenceView, i: number): Group | undefined {
  if (!isCell(v, i)) return undefined;
  const g = groupRight(v, i);
  const ents = g.ents.filter((k) => isCell(v, k));
  return ents.length > 0 ? { ...g, ents } : undefined;
}

/** Past determiners and words that only qualify a noun ("the invading", "human"). */
function pastModifiers(v: SentenceView, k: number, limit: number): number {
  let j = k;
  while (j < v.n && j < k + limit && !isEnt(v, j) && (DETERMINERS.has(word(v, j)) || NOUN_MODIFIERS.has(word(v, j)) || v.toks[j].tags.has('Adjective') || v.toks[j].tags.has('Gerund') || isParticipleAdjective(v, j))) j++;
  return j;
}

/** "… into B" / "…, including B" / "… such as B" after the lineage noun (its own words in between), or undefined. */
function targetsAfter(v: SentenceView, k: number, withList: boolean): Group | undefined {
  for (let j = k; j < Math.min(v.n, k + 5); j++) {
    if (isEnt(v, j)) return undefined;
    const w = word(v, j);
    const listed = withList && (LINEAGE_LIST_CUES.has(w) || (w === 'such' && word(v, j + 1) === 'as'));
    if (LINEAGE_INTO.has(w) || listed) return cellsFrom(v, pastModifiers(v, j + (w === 'such' ? 2 : 1), 4));
    if (hasComma(v.toks[j]) && !LINEAGE_LIST_CUES.has(word(v, j + 1)) && word(v, j + 1) !== 'such') return undefined;
  }
  return undefined;
}

/** The nearest cell named before i in the sentence, with no clause-breaking word between. */
function cellBefore(v: SentenceView, i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    if (breaksClause(v, j)) return -1;
    if (isCell(v, j)) return j;
  }
  return -1;
}

function readLineageNominals(v: SentenceView, sink: ClaimSink): void {
  for (let i = 0; i < v.n; i++) {
    if (!LINEAGE_NOUNS.has(word(v, i)) || v.toks[i].ent !== undefined) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    let from: Group | undefined;
    let targets: Group | undefined;
    if (word(v, i + 1) === 'of') {
      // "the differentiation of (invading) macrophages into osteoclasts"
      from = cellsFrom(v, pastModifiers(v, i + 2, 4));
      if (from) targets = targetsAfter(v, from.last + 1, false);
    } else {
      // "multilineage differentiation (potential), including osteoblasts and adipocytes": the cell named before.
      targets = targetsAfter(v, i + 1, true);
      const c = targets ? cellBefore(v, i) : -1;
      if (c >= 0) from = single(c);
    }
    if (!from || !targets) continue;
    const pol = nominalPolarity(v, i, targets.last);
    emitPairs(v, sink, { at: i, lastAt: i, relation: 'differentiates-into', sign: 0, lineage: 'forward' }, from, targets, 0, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, clauseStart(v, i), targets.last, from),
    });
  }
}

export const lineageNominal: Rule = {
  id: 'lineage-nominal',
  phenomenon: 'A lineage named by a noun: "the differentiation of A into B", "differentiation potential, including B and C".',
  confidence: 0.85,
  read: readLineageNominals,
  examples: [
    { text: 'The implant drove the differentiation of recruited macrophages into osteoclasts.', reads: ['macrophage differentiates-into osteoclast'] },
    { text: 'Stromal cells from the pulp are MSCs with multilineage differentiation, including osteoblasts and adipocytes.', reads: ['msc differentiates-into osteoblast', 'msc differentiates-into adipocyte'] },
    { text: 'MSCs retain a differentiation potential into chondrocytes.', reads: ['msc differentiates-into chondrocyte'] },
    { text: 'The differentiation of MSCs was measured in osteoblasts.', not: ['msc differentiates-into osteoblast'] },
  ],
};
