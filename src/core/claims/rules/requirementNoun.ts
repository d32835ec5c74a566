/**
 * A requirement named as a noun: "the requirement of NF-κB for osteoclast formation", "the necessity of
 * SDF-1 for MSC homing" — the nominal of "X is required for Y": X promotes Y. "No requirement of X for Y"
 * says nothing either way, as "X is not required for Y" does not (X may still promote Y).
 */
import { DETERMINERS, NEGATORS, REQUIREMENT_NOUNS } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { entityAhead } from '../sentence/args';
import { clauseEnd, clauseStart } from '../sentence/clauses';
import { groupRight, type Group } from '../sentence/groups';
import { sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { isEnt, isVerbAt, word } from '../sentence/words';
import { hasComma } from '../tokens';
import type { Rule } from './rule';

/** Most words between the requirer's "of" and the outcome's "for" / "in" past the requirer's group. */
const OUTCOME_REACH = 3;

/** Most words before the outcome's term ("for basal and cytokine-induced osteoclast formation"). */
const OUTCOME_MODIFIER_REACH = 5;

/** The outcome's term from k, past modifiers and "and" (no comma, verb or other term between), or undefined. */
function outcomeAt(v: SentenceView, k: number): Group | undefined {
  for (let j = k; j < Math.min(v.n, k + OUTCOME_MODIFIER_REACH + 1); j++) {
    if (isEnt(v, j)) return groupRight(v, j);
    // (A participle glued to a word before it, "cytokine-induced", only qualifies the outcome.)
    const glued = j > k && v.toks[j - 1].post === '-';
    if (hasComma(v.toks[j]) || (isVerbAt(v, j) && !glued) || (v.toks[j].ent !== undefined && v.toks[j].post !== '-')) return undefined;
  }
  return undefined;
}

/** The word that introduces the other side: "on" after "dependence of Y", "for" / "in" after "requirement of X". */
function linksOutcome(w: string, dependence: boolean): boolean {
  return dependence ? w === 'on' : w === 'for' || w === 'in';
}

function readRequirementNouns(v: SentenceView, sink: ClaimSink): void {
  for (let i = 0; i + 3 < v.n; i++) {
    const w = word(v, i);
    if (!REQUIREMENT_NOUNS.has(w) || v.toks[i].ent !== undefined) continue;
    // "the dependence of Y on X" turns the roles around: Y needs X.
    const dependence = w === 'dependence' || w === 'dependency';
    if (word(v, i + 1) !== 'of') continue;
    // (What is required follows "of" at once; what depends may be described first.)
    const first = entityAhead(v, i + 2, dependence ? 3 : 1);
    if (!first || hasComma(v.toks[first.last])) continue;
    let k = first.last + 1;
    while (k < Math.min(v.n, first.last + 1 + OUTCOME_REACH) && !linksOutcome(word(v, k), dependence)) k++;
    if (!linksOutcome(word(v, k), dependence)) continue;
    const second = outcomeAt(v, k + 1);
    if (!second) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    // ("no requirement of X for Y", "not a requirement")
    let d = i - 1;
    while (d >= 0 && DETERMINERS.has(word(v, d)) && word(v, d) !== 'no') d--;
    if (word(v, d) === 'no' || NEGATORS.has(word(v, d))) continue;
    const [actor, outcome] = dependence ? [second, first] : [first, second];
    emitPairs(v, sink, { at: i, lastAt: i, relation: 'promotes', sign: 1, lineage: undefined }, actor, groupRight(v, outcome.first), 1, {
      negated: false, hedged: frame.hedged, passive: false, ctx: contextFor(v, clauseStart(v, i), clauseEnd(v, second.last), actor),
    });
  }
}

export const requirementNoun: Rule = {
  id: 'requirement-noun',
  phenomenon: 'A requirement named as a noun ("the requirement of NF-κB for osteoclast formation"): what is required promotes what requires it.',
  confidence: 0.75,
  read: readRequirementNouns,
  examples: [
    { text: 'Since the requirement of NF-κB for osteoclast formation was found, much has been learned.', reads: ['nf-kappab promotes osteoclastogenesis'] },
    { text: 'The dependence of MSC migration on SDF-1 was shown in vitro.', reads: ['cxcl12 promotes msc-migration'] },
    { text: 'Since the requirement of NF-κB for basal and cytokine-induced osteoclast formation was found, more has been learned.', reads: ['nf-kappab promotes osteoclastogenesis'] },
    // (Not needed is not a denial that it helps.)
    { text: 'There was no requirement of IL-4 for osteoclast formation in these cultures.', not: ['il-4 promotes! osteoclastogenesis', 'il-4 promotes osteoclastogenesis'] },
  ],
};
