/**
 * A change reported under a factor's removal: "When macrophages were depleted, bone repair was impaired",
 * "In the absence of IL-4, osteoclast formation increased", "Without CXCR4, MSC homing was reduced",
 * "Osteoclast formation was increased in IL-10 knockout mice", "Accelerated bone loss in mice lacking
 * IL-10" (a model that lacks the factor: its phenotype is the factor's role turned round). The
 * removed factor works the other way round from the change (macrophages promote repair). Only a change
 * with no agent of its own ("was impaired", "increased"), in the clause before or after the removal; an
 * inference over two clauses, read below the warning line.
 */
import { relationOfSign, type Sign } from '../../lexicon/relations';
import { BE_FORMS, CONDITION_OPENERS, DETERMINERS, LOSS_OF_FUNCTION_COMPOUNDS, LOSS_OF_FUNCTION_NOUNS, MODEL_NOUNS, REMOVAL_PARTICIPLES } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { changeAcrossPhrase, changeBesideCondition } from '../sentence/agentlessChange';
import { groupRight, single, type Group } from '../sentence/groups';
import { sentenceFrame } from '../sentence/polarity';
import { isLossModifier, modelFollows, removesActor } from '../sentence/scope';
import type { SentenceView } from '../sentence/view';
import { isEnt, mentionOf, pastAdverbs, phraseAt, word } from '../sentence/words';
import { hasComma } from '../tokens';
import type { Rule } from './rule';

const IN_THE_ABSENCE_OF: readonly string[] = ['in', 'the', 'absence', 'of'];

/**
 * The removed factor a phrase at `i` names, and the last token of the phrase; `lost` when the term is itself
 * the loss ("in macrophage-depleted mice", "in immunodeficient mice"), so that the change is its own.
 */
function removedAt(v: SentenceView, i: number): { factor: Group; end: number; lost?: boolean } | undefined {
  // "in the absence of X", "without X"
  let k = phraseAt(v, i, IN_THE_ABSENCE_OF) ? i + IN_THE_ABSENCE_OF.length : word(v, i) === 'without' ? i + 1 : -1;
  if (k > 0) {
    while (k < v.n && DETERMINERS.has(word(v, k))) k++;
    return isEnt(v, k) ? { factor: groupRight(v, k), end: groupRight(v, k).last } : undefined;
  }
  // ("in wild-type but not in knockout mice, Y increased": the change is the wild type's.)
  // ("bone loss for the IL-10−/− group": a group of the model.)
  if (word(v, i) === 'in' || word(v, i) === 'for') return word(v, i - 1) === 'not' ? undefined : lossModelAt(v, i + 1);
  // "when X was / were depleted"
  if (!CONDITION_OPENERS.has(word(v, i)) || !isEnt(v, i + 1)) return undefined;
  const factor = groupRight(v, i + 1);
  let j = factor.last + 1;
  if (!BE_FORMS.has(word(v, j))) return undefined;
  j = pastAdverbs(v, j + 1);
  if (!REMOVAL_PARTICIPLES.has(word(v, j))) return undefined;
  if (word(v, j + 1) === 'down' || word(v, j + 1) === 'out') j++;
  return { factor, end: j };
}

/**
 * The model after "in" that lacks a factor: "IL-10 knockout mice", "IL-10−/− mice", "IL-4-deficient
 * cells", "mice lacking IL-10", "mice deficient in IL-10". The phrase ends at the model noun, or at the
 * factor when the factor comes last.
 */
function lossModelAt(v: SentenceView, k: number): { factor: Group; end: number; lost?: boolean } | undefined {
  while (k < v.n && DETERMINERS.has(word(v, k))) k++;
  // ("IL-4-deficient": the term glued to the compound is no term of its own for the groups.)
  if (isLossModifier(v, k) || isEnt(v, k)) {
    const factor = isEnt(v, k) ? groupRight(v, k) : single(k);
    // ("in macrophage-depleted mice", "in immunodeficient mice": a term that is the loss itself, before its model.)
    const lost = isEnt(v, k) && v.lexicon.isRemoval(mentionOf(v, k).id);
    if (!(lost || removesActor(v, factor) || isLossModifier(v, factor.last)) || !modelFollows(v, factor.last)) return undefined;
    let end = factor.last + 1;
    while (end < v.n && !MODEL_NOUNS.has(word(v, end))) end++;
    return lost ? { factor, end, lost } : { factor, end };
  }
  if (!MODEL_NOUNS.has(word(v, k))) return undefined;
  // "mice with (targeted) inactivation of IL-4", "mice with a deletion of IL-10"
  if (word(v, k + 1) === 'with') {
    let j = k + 2;
    while (j < v.n && j < k + 5 && (DETERMINERS.has(word(v, j)) || v.toks[j].tags.has('Adjective')) && !LOSS_OF_FUNCTION_NOUNS.has(word(v, j))) j++;
    if (!LOSS_OF_FUNCTION_NOUNS.has(word(v, j)) || word(v, j + 1) !== 'of' || !isEnt(v, j + 2)) return undefined;
    const factor = groupRight(v, j + 2);
    return { factor, end: factor.last };
  }
  // "mice lacking IL-10", "mice deficient in IL-10", "mice deficient for IL-10"
  let j = k + 1;
  if (!LOSS_OF_FUNCTION_COMPOUNDS.has(word(v, j))) return undefined;
  if (word(v, j) !== 'lacking' && (word(v, j + 1) === 'in' || word(v, j + 1) === 'for')) j++;
  j++;
  while (j < v.n && DETERMINERS.has(word(v, j))) j++;
  if (!isEnt(v, j)) return undefined;
  const factor = groupRight(v, j);
  return { factor, end: factor.last };
}

function readAbsences(v: SentenceView, sink: ClaimSink): void {
  for (let i = 0; i < v.n; i++) {
    const removed = removedAt(v, i);
    if (!removed) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    // The change after the removal's phrase ("When …, Y was impaired") or before it ("Y was impaired when …").
    // ("Bone loss was different in IL-10−/− mice": a change without a direction links the factor all the same.)
    const change = changeBesideCondition(v, removed.factor, i, removed.end < v.n && hasComma(v.toks[removed.end]) ? removed.end + 1 : undefined, false, true)
      ?? changeAcrossPhrase(v, removed.factor, i, removed.end, true);
    if (!change) continue;
    const sign = (change.sign === 0 ? 0 : removed.lost ? change.sign : -change.sign) as Sign;
    emitPairs(v, sink, { at: change.at, lastAt: change.at, relation: relationOfSign(sign), sign, lineage: undefined }, removed.factor, change.changed, sign, {
      negated: false, hedged: change.hedged || frame.hedged, passive: false, ctx: {}, reach: 'across-clauses',
    });
  }
}

export const absenceCause: Rule = {
  id: 'absence-cause',
  phenomenon: 'A change reported under a factor\'s removal ("when X was depleted, Y was impaired", "in the absence of X, Y increased"): X works the other way round.',
  confidence: 0.75,
  read: readAbsences,
  examples: [
    { text: 'RANKL expression was twofold higher in OPG-deficient mice.', reads: ['opg inhibits rankl'] },
    { text: 'When macrophages were depleted, bone repair was impaired.', reads: ['macrophage promotes bone-repair'] },
    { text: 'Bone repair was delayed when macrophages were depleted.', reads: ['macrophage promotes bone-repair'] },
    { text: 'Bone repair may be impaired when macrophages are depleted.', reads: ['macrophage promotes? bone-repair'] },
    { text: 'In the absence of IL-4, osteoclast formation increased.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'Callus mineralization and maturation are delayed in IL-6 knockout mice.', reads: ['il-6 promotes bone-mineralization'] },
    { text: 'Without CXCR4, MSC homing was markedly reduced.', reads: ['cxcr4 promotes msc-homing'] },
    { text: 'When macrophages were depleted, bone repair was not impaired.', not: ['macrophage promotes bone-repair', 'macrophage inhibits bone-repair'] },
    { text: 'In the absence of RANKL, osteoclast formation induced by IL-6 was reduced by IL-4.', not: ['rankl promotes osteoclastogenesis'] },
    { text: 'Osteoclast formation was increased in IL-10 knockout mice.', reads: ['il-10 inhibits osteoclastogenesis'] },
    { text: 'Bone formation was delayed in IL-6−/− mice.', reads: ['il-6 promotes bone-formation'] },
    { text: 'RANKL mRNA levels were increased in IL-10 knockout mice.', reads: ['il-10 inhibits rankl'] },
    { text: 'Accelerated alveolar bone loss in mice lacking interleukin-10.', reads: ['il-10 inhibits bone-resorption'] },
    { text: 'Reduced cortical bone mass in mice with inactivation of interleukin-4 and interleukin-13', reads: ['il-4 promotes bone-homeostasis', 'il-13 promotes bone-homeostasis'] },
    { text: 'In IL-4-deficient mice, osteoclast formation increased.', reads: ['il-4 inhibits osteoclastogenesis'] },
    { text: 'Fracture healing was impaired in macrophage-depleted mice.', reads: ['macrophage-depletion inhibits bone-repair'], not: ['macrophage-depletion promotes bone-repair'] },
    { text: 'Fracture healing is delayed in immunodeficient mice.', reads: ['immunodeficiency inhibits bone-repair'] },
    { text: 'Osteoclast numbers were higher in IL-10-deficient mice than in wild-type mice.', reads: ['il-10 inhibits osteoclastogenesis'] },
    { text: 'Bone formation was reduced in IL-6 transgenic mice.', not: ['il-6 promotes bone-formation', 'il-6 inhibits bone-formation'] },
    { text: 'Bone formation was not reduced in IL-6 knockout mice.', not: ['il-6 promotes bone-formation', 'il-6 inhibits bone-formation'] },
    { text: 'In IL-4 knockout mice, IL-6 increased osteoclastogenesis.', not: ['il-4 inhibits il-6'] },
    // (A change word after its own agent is a verb, not a title's adjective: the absent factor caused nothing.)
    { text: 'IL-6 and IL-99 each stimulated osteoclastogenesis without RANKL.', not: ['rankl inhibits osteoclastogenesis'] },
    { text: 'Lowered bone formation without IL-6 in aged mice.', reads: ['il-6 promotes bone-formation'] },
    { text: 'Osteoclastogenesis induced by RANKL was increased in IL-10 knockout mice.', not: ['il-10 inhibits rankl'] },
    { text: 'In wild-type mice but not in IL-10 knockout mice, bone loss increased.', not: ['il-10 inhibits bone-resorption'] },
    // (A change without a direction links the factor without one; the change may follow the model's phrase.)
    { text: 'Bone loss in IL-10−/− mice was significantly different than in wild-type mice.', reads: ['il-10 regulates bone-resorption'] },
    { text: 'Alveolar bone loss for the entire IL-10 knockout group was different than for the wild-type group.', reads: ['il-10 regulates bone-resorption'] },
    { text: 'Osteoclast formation in IL-10 knockout mice was increased.', reads: ['il-10 inhibits osteoclastogenesis'] },
    { text: 'Osteoclast formation in IL-10 knockout mice was not altered.', not: ['il-10 regulates osteoclastogenesis', 'il-10 inhibits osteoclastogenesis'] },
    // (A change along time within the model sets it against nothing.)
    { text: 'In IL-10−/− mice, alveolar bone loss increased with age.', not: ['il-10 inhibits bone-resorption'] },
  ],
};
