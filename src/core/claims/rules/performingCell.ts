/**
 * A process written with the adjective of the cell that carries it out: "osteoclastic bone resorption",
 * "osteoblastic bone formation". The lexicon spells the whole phrase as the process, so no other rule sees
 * the cell; the adjective still says which cells do it (the cell furthers the process), when the review
 * relates that cell to the process at all.
 */
import { LINEAGE_NOUNS } from '../grammar';
import { emit, type ClaimSink } from '../sink';
import { sentenceFrameAtChar } from '../sentence/polarity';
import type { SentenceView } from '../sentence/view';
import type { Rule } from './rule';

// linear: anchored, one run of letters, a fixed ending and one blank, on a term's written text.
const CELL_ADJECTIVE = /^([a-z]+(?:blast|clast|cyte))ic\s/i;

// linear: one run of letters, a fixed ending and one blank.
const CELL_ADJECTIVE_ANYWHERE = /\b[a-z]+(?:blast|clast|cyte)ic\s/i;

/** Quick filter (extract.ts mayHoldClaim): may the text name a process by its cell's adjective? */
export function mayNamePerformingCell(text: string): boolean {
  return CELL_ADJECTIVE_ANYWHERE.test(text);
}

function readPerformingCells(v: SentenceView, sink: ClaimSink): void {
  for (const mention of v.mentions) {
    if (mention.type !== 'process' || mention.ambiguous) continue;
    const written = v.text.slice(mention.start, mention.end);
    const m = CELL_ADJECTIVE.exec(written);
    // ("osteoblastic differentiation of MSCs": before a noun of lineage the adjective names the cells formed.)
    if (!m || written.toLowerCase().split(/[\s-]+/).some((w) => LINEAGE_NOUNS.has(w))) continue;
    // ("osteoclastic" → the cell the lexicon names "osteoclast"; only a pair the review relates.)
    // (Not the cell's own formation: "osteoclastic differentiation" is osteoclast formation itself.)
    const cell = v.lexicon.termNamed(m[1].toLowerCase());
    if (cell === undefined || cell === mention.id || v.lexicon.activityOf(cell) === mention.id || !v.lexicon.statesPair(cell, mention.id)) continue;
    const word = { start: mention.start, end: mention.start + m[1].length + 2 };
    const frame = sentenceFrameAtChar(v, word.start);
    if (frame.skip) continue;
    emit(sink, {
      kind: 'interaction', subject: cell, object: mention.id, relation: 'promotes', sign: 1, negated: false, hedged: frame.hedged, passive: false, context: {},
      subjectSpan: word, objectSpan: { start: mention.start, end: mention.end }, cueSpan: word, cueText: v.text.slice(word.start, word.end),
    });
  }
}

export const performingCell: Rule = {
  id: 'performing-cell',
  phenomenon: 'A process written with the adjective of the cell that carries it out ("osteoclastic bone resorption"): the cell furthers it.',
  confidence: 0.75,
  read: readPerformingCells,
  examples: [
    { text: 'IL-4 inhibited osteoclastic bone resorption.', reads: ['osteoclast promotes bone-resorption'] },
    { text: 'Osteoblastic bone formation was increased in these mice.', reads: ['osteoblast promotes bone-formation'] },
    { text: 'Osteoclastic differentiation was increased.', not: ['osteoclast promotes osteoclastogenesis'] },
    { text: 'TNF-α lowered the osteoblastic differentiation of MSCs.', not: ['osteoblast promotes msc-osteogenic-differentiation'] },
  ],
};
