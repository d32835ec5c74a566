/**
 * A cell's markers named by example: "M1 phenotypic markers, including IL-1β, IL-6 and iNOS", "M2 markers
 * such as IL-10", "markers of M2 macrophages, e.g. CD206". What marks the cells is something they
 * express, whatever the sentence then says happened to the markers.
 */
import { MARKER_MODIFIERS, MARKER_NOUNS } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { clauseStart } from '../sentence/clauses';
import { groupLeft, groupRight, type Group } from '../sentence/groups';
import { sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { examplesStartAt, isEnt, mentionOf, word } from '../sentence/words';
import { hasComma } from '../tokens';
import type { Rule } from './rule';

/** The cell whose markers the marker noun at j names: "M1 (phenotypic) markers" or "markers of M1 macrophages". */
function cellOfMarkers(v: SentenceView, j: number): { cell: Group; last: number } | undefined {
  if (word(v, j + 1) === 'of' && isEnt(v, j + 2)) {
    const cell = groupRight(v, j + 2);
    return { cell, last: cell.last };
  }
  const before = MARKER_MODIFIERS.has(word(v, j - 1)) ? j - 2 : j - 1;
  if (before < 0 || !isEnt(v, before) || hasComma(v.toks[before])) return undefined;
  return { cell: groupLeft(v, before), last: j };
}

function readMarkerExamples(v: SentenceView, sink: ClaimSink): void {
  for (let j = 0; j < v.n; j++) {
    if (!MARKER_NOUNS.has(word(v, j))) continue;
    const found = cellOfMarkers(v, j);
    if (!found || !found.cell.ents.every((k) => mentionOf(v, k).type === 'cell')) continue;
    const from = examplesStartAt(v, found.last + 1);
    if (from < 0 || !isEnt(v, from)) continue;
    const examples = groupRight(v, from);
    const frame = sentenceFrame(v, j);
    if (frame.skip) continue;
    emitPairs(v, sink, { at: j, lastAt: j, relation: 'expresses', sign: 0, lineage: undefined }, found.cell, examples, 0, {
      negated: false, hedged: frame.hedged, passive: false, ctx: contextFor(v, clauseStart(v, j), examples.last, found.cell),
    });
  }
}

export const markerExamples: Rule = {
  id: 'marker-examples',
  phenomenon: 'A cell\'s markers named by example ("M1 markers, including IL-1β and IL-6"): the cells express them.',
  confidence: 0.75,
  read: readMarkerExamples,
  examples: [
    { text: 'BMP-2 lowered the expression of M1 phenotypic markers, including IL-1β and iNOS.', reads: ['m1-macrophage expresses il-1beta'] },
    { text: 'M2 markers such as IL-10 were raised.', reads: ['m2-macrophage expresses il-10'] },
    { text: 'Markers of M2 macrophages, such as IL-10, rose.', reads: ['m2-macrophage expresses il-10'] },
    { text: 'Osteogenic markers such as RUNX2 rose in MSCs.', not: ['msc expresses runx2'] },
    { text: 'M1 markers were lowered by IL-10.', not: ['m1-macrophage expresses il-10'] },
  ],
};
