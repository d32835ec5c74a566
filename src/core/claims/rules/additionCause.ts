/**
 * A change reported under a factor's addition: "Bone regeneration improved when stem cells were used",
 * "When IL-4 was added, osteoclast formation decreased", "Bone volume was increased when BMSCs were
 * injected". The factor brought in works the way the change goes. The mirror of absence-cause (a factor
 * taken away works the other way round), and like it an inference over two clauses, read below the
 * warning line; only a change with no agent of its own ("improved", "was increased") is read.
 */
import { relationOfSign } from '../../lexicon/relations';
import { ADDITION_PARTICIPLES, BE_FORMS, COMBINATION_NOUNS, CONDITION_OPENERS, DELIVERED_PARTICIPLES, DETERMINERS, MEDIUM_NOUNS, NOUN_MODIFIERS, TREATMENT_PARTICIPLES } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { changeBesideCondition } from '../sentence/agentlessChange';
import { groupRight, type Group } from '../sentence/groups';
import { sentenceFrame } from '../sentence/polarity';
import type { SentenceView } from '../sentence/view';
import { isEnt, mentionOf, pastAdverbs, pastParenthesis, word } from '../sentence/words';
import { hasComma } from '../tokens';
import type { Rule } from './rule';

/** "when X was / were added (used, injected …)" at i: the factor and the participle's position. */
function addedAt(v: SentenceView, i: number): { factor: Group; end: number } | undefined {
  if (!CONDITION_OPENERS.has(word(v, i)) || !isEnt(v, i + 1)) return undefined;
  const factor = groupRight(v, i + 1);
  const be = factor.last + 1;
  if (!BE_FORMS.has(word(v, be))) return undefined;
  const j = pastAdverbs(v, be + 1);
  const w = word(v, j);
  // ("When macrophages were co-cultured with MSCs, their TNF-α fell": cells cultured with a partner term are
  // given that partner, which is the factor; see givenToCellsAt.)
  if (word(v, j + 1) === 'with' && isEnt(v, j + 2) && mentionOf(v, factor.first).type === 'cell') return undefined;
  return ADDITION_PARTICIPLES.has(w) || DELIVERED_PARTICIPLES.has(w) ? { factor, end: j } : undefined;
}

/**
 * "when MSCs were treated with IL-4", "when hMSCs were grown in conditioned media from macrophages" at i:
 * the cells were given a factor, or the medium cells conditioned; what they were given is the factor.
 */
function givenToCellsAt(v: SentenceView, i: number): { factor: Group; end: number } | undefined {
  if (!CONDITION_OPENERS.has(word(v, i))) return undefined;
  // (Past the cells' article and words of origin: "when the human MSCs were …".)
  let c = i + 1;
  while (c < i + 4 && (DETERMINERS.has(word(v, c)) || NOUN_MODIFIERS.has(word(v, c))) && v.toks[c]?.ent === undefined) c++;
  if (!isEnt(v, c) || mentionOf(v, c).type !== 'cell') return undefined;
  const cells = groupRight(v, c);
  // (Past the cells' own abbreviation: "human MSCs (hMSCs) were …".)
  const be = pastParenthesis(v, cells.last + 1, 3);
  if (!BE_FORMS.has(word(v, be))) return undefined;
  const p = pastAdverbs(v, be + 1);
  if (!TREATMENT_PARTICIPLES.has(word(v, p))) return undefined;
  if (word(v, p + 1) === 'with' && isEnt(v, p + 2)) {
    const factor = groupRight(v, p + 2);
    // ("… pretreated with TNF-α in combination with a p38 inhibitor": what the combination did is not the factor's alone.)
    if (word(v, factor.last + 1) === 'in' && COMBINATION_NOUNS.has(word(v, factor.last + 2))) return undefined;
    return { factor, end: factor.last };
  }
  // ("… in (the) conditioned medium from / of macrophages")
  let m = p + 2;
  while (m < v.n && m < p + 5 && !isEnt(v, m) && !MEDIUM_NOUNS.has(word(v, m)) && !hasComma(v.toks[m])) m++;
  if (!/^(in|with)$/.test(word(v, p + 1)) || !MEDIUM_NOUNS.has(word(v, m)) || !/^(from|of)$/.test(word(v, m + 1)) || !isEnt(v, m + 2)) return undefined;
  const factor = groupRight(v, m + 2);
  return { factor, end: factor.last };
}

/** The end of the condition clause from the participle: its comma, if one closes it before the next term. */
function clauseCommaAfter(v: SentenceView, from: number): number | undefined {
  for (let k = from; k < v.n; k++) {
    if (hasComma(v.toks[k])) return k;
    if (k > from && isEnt(v, k)) return undefined;
  }
  return undefined;
}

function readAdditions(v: SentenceView, sink: ClaimSink): void {
  for (let i = 0; i < v.n; i++) {
    const added = addedAt(v, i) ?? givenToCellsAt(v, i);
    if (!added) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    // The change after the condition ("When …, Y decreased") or before it ("Y improved when …").
    const comma = clauseCommaAfter(v, added.end);
    const change = changeBesideCondition(v, added.factor, i, comma !== undefined ? comma + 1 : undefined, true);
    if (!change) continue;
    emitPairs(v, sink, { at: change.at, lastAt: change.at, relation: relationOfSign(change.sign), sign: change.sign, lineage: undefined }, added.factor, change.changed, change.sign, {
      negated: false, hedged: change.hedged || frame.hedged, passive: false, ctx: {}, reach: 'across-clauses',
    });
  }
}

export const additionCause: Rule = {
  id: 'addition-cause',
  phenomenon: 'A change reported under a factor\'s addition ("Y improved when X was used", "when X was added, Y decreased", "when MSCs were treated with X, Y rose"): X works the way Y changed.',
  confidence: 0.75,
  read: readAdditions,
  examples: [
    { text: 'When macrophages were co-cultured with MSCs, their TNF-α secretion fell.', reads: ['msc inhibits tnf-alpha'], not: ['macrophage inhibits tnf-alpha'] },
    { text: 'Bone regeneration may improve when stem cells are used.', reads: ['msc promotes? bone-repair'], not: ['bone-repair promotes msc', 'bone-repair enhances msc'] },
    { text: 'When IL-4 was added, osteoclast formation decreased.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'Bone formation was increased when BMSCs were injected on day 7.', reads: ['msc promotes bone-formation'] },
    { text: 'Osteoclast formation did not decrease when IL-4 was added.', not: ['il-4 inhibits osteoclastogenesis', 'il-4 promotes osteoclastogenesis'] },
    { text: 'When IL-4 was added, TNF-α reduced osteoclast formation.', not: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'When human MSCs (hMSCs) were grown in conditioned medium from macrophages, ALP activity rose.', reads: ['macrophage promotes alp'] },
    { text: 'When MSCs were treated with IL-1β, their migration increased.', reads: ['il-1beta promotes msc-migration'] },
    { text: 'Osteoclast formation decreased when osteoclast precursors were treated with IL-4.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'Osteoclast formation decreased when osteoclast precursors were treated with IL-4 in combination with an inhibitor.', not: ['il-4 inhibits osteoclastogenesis'] },
  ],
};
