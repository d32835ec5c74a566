/**
 * A title with no verb that names a use: "Adult stem cells for bone regeneration and repair",
 * "Biomaterials combined with ADSCs for bone tissue engineering", "Mesenchymal stem cell therapy for
 * osteoarthritis". What a term is put forward for is what it furthers; a disease, what it works against
 * (as therapeutic-use reads "used in the treatment of"). A title frames; it reports no finding, so the
 * rule's confidence keeps an opposite verdict below the warning line.
 */
import { relationOfSign, type Sign } from '../../lexicon/relations';
import { DETERMINERS, PREPOSITIONS } from '../grammar';
import { emitPairs, namesLoss, type ClaimSink } from '../sink';
import { groupRight, type Group } from '../sentence/groups';
import type { SentenceView } from '../sentence/view';
import { actorOfCompoundAt, isEnt, isVerbAt, mentionOf, therapyOfAt, word } from '../sentence/words';
import { endsClause, hasComma } from '../tokens';
import type { Rule } from './rule';

/** How far into the title the first term may stand ("Adult stem cells", "Strontium functionalized in biomaterials"). */
const FIRST_TERM_REACH = 3;
/** How many words may stand between the used term and "for" ("combined with ADSCs"). */
const FOR_REACH = 6;
/** What a title may put a term forward for: a process it furthers, or a disease it works against. */
const USE_SIGNS: Readonly<Record<string, Sign>> = { process: 1, disease: -1 };

/**
 * A verb of the sentence: not a participle that leads a prepositional phrase ("combined with",
 * "functionalized in"), which describes the term before it.
 */
function isTitleVerb(v: SentenceView, j: number): boolean {
  return isVerbAt(v, j) && !(/(?:ed|en)$/.test(word(v, j)) && (PREPOSITIONS.has(word(v, j + 1)) || beforeFirstTerm(v, j)));
}

/** Is token j before every term of the title ("Genetically modified MSC therapy for …": a participle describing it)? */
function beforeFirstTerm(v: SentenceView, j: number): boolean {
  for (let k = 0; k <= j; k++) if (isEnt(v, k)) return false;
  return true;
}

/** The term group a use title puts forward, with the terms joined to it before "for", and the position of "for". */
function usedTerms(v: SentenceView): { used: Group[]; at: number } | undefined {
  let first = -1;
  for (let k = 0; k < v.n && k <= FIRST_TERM_REACH; k++) {
    if (isEnt(v, k)) { first = k; break; }
    if (hasComma(v.toks[k]) || endsClause(v.toks[k])) return undefined;
  }
  if (first < 0) return undefined;
  // ("Macrophage polarization-regulating hydrogels for bone regeneration": the hydrogels are put forward.)
  const actor = actorOfCompoundAt(v, groupRight(v, first).last);
  if (actor !== undefined) first = actor;
  const used: Group[] = [groupRight(v, first)];
  for (let k = used[0].last + 1; k < v.n && k <= used[0].last + FOR_REACH; k++) {
    // ("Allogeneic MSCs in the treatment of autoimmune diabetes": a therapy phrase after "in" names the use too.)
    if (word(v, k) === 'for' || (word(v, k) === 'in' && therapyOfAt(v, k) >= 0)) return { used, at: k };
    if (hasComma(v.toks[k]) || endsClause(v.toks[k])) return undefined;
    // ("Biomaterials combined with ADSCs for …": a term joined by "with" or "and" is put forward too.)
    if (isEnt(v, k) && /^(with|and)$/.test(word(v, k - 1))) {
      const joined = groupRight(v, k);
      used.push(joined);
      k = joined.last;
    }
  }
  return undefined;
}

/** Most plain words naming where or what kind before the goal ("for knee osteoarthritis", "for critical-size bone defects"). */
const GOAL_MODIFIER_REACH = 2;

/** The term after "for" (past "the treatment of" and a word or two that qualify it), or undefined. */
function goalAfter(v: SentenceView, at: number): Group | undefined {
  const of = therapyOfAt(v, at);
  let k = of >= 0 ? of + 1 : at + 1;
  while (k < v.n && DETERMINERS.has(word(v, k))) k++;
  const from = k;
  while (k < v.n && k < from + GOAL_MODIFIER_REACH && !isEnt(v, k) && !hasComma(v.toks[k]) && !isVerbAt(v, k) && (v.toks[k].tags.has('Noun') || v.toks[k].tags.has('Adjective')) && !PREPOSITIONS.has(word(v, k))) k++;
  return isEnt(v, k) ? groupRight(v, k) : undefined;
}

function readUseTitles(v: SentenceView, sink: ClaimSink): void {
  // ("Inflammation-modulating hydrogels": a participle of acting glued after a term is part of a compound, no verb.)
  for (let j = 0; j < v.n; j++) if (isTitleVerb(v, j) && !(j > 0 && actorOfCompoundAt(v, j - 1) !== undefined)) return;
  const found = usedTerms(v);
  if (!found) return;
  const goal = goalAfter(v, found.at);
  if (!goal) return;
  const aim = mentionOf(v, goal.first);
  const kindSign = USE_SIGNS[aim.type];
  if (kindSign === undefined) return;
  // ("… in the management of inflammation", "… for bone loss": what a therapy noun aims at, or an ailment, is
  // worked against, whatever its kind.)
  const against = therapyOfAt(v, found.at) >= 0 || v.lexicon.isAilment(aim.id) || namesLoss(v.text.slice(aim.start, aim.end));
  const sign: Sign = against ? -1 : kindSign;
  for (const used of found.used) {
    // (A process put forward "for" another is a step toward it, not a use: left to the other rules.)
    if (USE_SIGNS[mentionOf(v, used.first).type] !== undefined) continue;
    emitPairs(v, sink, { at: found.at, lastAt: found.at, relation: relationOfSign(sign), sign, lineage: undefined }, used, goal, sign, {
      negated: false, hedged: false, passive: false, ctx: {},
    });
  }
}

export const useTitle: Rule = {
  id: 'use-title',
  phenomenon: 'A title with no verb that puts a term forward for a process or against a disease ("Adult stem cells for bone regeneration").',
  confidence: 0.65,
  read: readUseTitles,
  examples: [
    { text: 'Adult Stem Cells for Bone Regeneration and Repair', reads: ['msc promotes bone-repair'] },
    { text: 'Biomaterials combined with ADSCs for bone tissue engineering: current advances', reads: ['biomaterial-scaffold promotes bone-repair', 'msc promotes bone-repair'] },
    { text: 'Mesenchymal stem cell therapy for osteoarthritis', reads: ['msc-therapy inhibits osteoarthritis'] },
    { text: 'Allogeneic marrow stromal cells in the treatment of autoimmune diabetes', reads: ['msc inhibits type-1-diabetes'] },
    { text: 'Marrow stromal cells: current views in the management of inflammation in osteoarthritis', reads: ['msc inhibits inflammation'], not: ['msc promotes inflammation'] },
    { text: 'Intra-articular mesenchymal stem cell injection for knee osteoarthritis: a review', reads: ['msc-therapy inhibits osteoarthritis'] },
    { text: 'Inflammation-modulating hydrogels for the repair of bone defects', reads: ['hydrogel promotes bone-repair'], not: ['inflammation promotes bone-repair'] },
    { text: 'The optimal time to inject MSCs for fracture healing', not: ['msc promotes bone-repair'] },
    { text: 'Genetically modified mesenchymal stem cell therapy for acute lung injury', reads: ['msc-therapy inhibits respiratory-disease'] },
    { text: 'Recent advances in strategies for osteogenic differentiation of MSCs', not: ['msc promotes msc-osteogenic-differentiation'] },
    { text: 'Cell survival of transplanted MSCs: a prerequisite for cell therapy', not: ['msc promotes msc-therapy'] },
  ],
};
