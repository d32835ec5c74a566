/**
 * A term named as the receptor or ligand of another: "OPG is a decoy receptor for RANKL", "CXCR4, the
 * receptor of SDF-1, …", "RANKL is the ligand for RANK". Being one's receptor is binding it, a relation
 * with no direction (the review's "SDF-1/CXCR4 axis", "OPG binds RANKL").
 */
import { BE_FORMS, BINDING_PARTNER_NOUNS, DETERMINERS } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { entityAhead, subjectBefore } from '../sentence/args';
import { clauseStart } from '../sentence/clauses';
import { groupLeft, type Group } from '../sentence/groups';
import { polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { equatesLikeCopula, isAdverbish, isEnt, word } from '../sentence/words';
import { hasComma } from '../tokens';
import type { Rule } from './rule';

/** Most words between the holder's copula (or comma) and the partner noun ("is a soluble decoy receptor"). */
const DESCRIPTION_REACH = 4;
/** Most words between "for"/"of" and the partner's term ("for the ligand RANKL"). */
const PARTNER_REACH = 3;

/** Is the word at j one that may describe the partner noun ("a", "the", "soluble", "decoy", "natural")? */
function describes(v: SentenceView, j: number): boolean {
  const t = v.toks[j];
  return t.ent === undefined && !hasComma(t) && (DETERMINERS.has(word(v, j)) || t.tags.has('Adjective') || t.tags.has('Noun') || isAdverbish(v, j));
}

/** A copula, a verb that equates like one ("represents"), or "as" after a verb ("acts / functions / serves as"). */
function equates(v: SentenceView, j: number): boolean {
  const w = word(v, j);
  return BE_FORMS.has(w) || equatesLikeCopula(w) || (w === 'as' && j > 0 && v.toks[j - 1].ent === undefined && v.toks[j - 1].tags.has('Verb'));
}

/**
 * Who the partner noun at i is said of: the subject of a copula before it ("OPG is / acts as a decoy receptor …"), or
 * the term an appositive after a comma describes ("CXCR4, the receptor of SDF-1, …").
 */
function holderOf(v: SentenceView, i: number): { group: Group; from: number } | undefined {
  let j = i - 1;
  while (j >= 0 && i - j <= DESCRIPTION_REACH && !equates(v, j) && describes(v, j)) j--;
  if (j < 0) return undefined;
  if (equates(v, j)) {
    const cs = clauseStart(v, j);
    const subject = subjectBefore(v, j, cs);
    return subject && !subject.reverse ? { group: subject.group, from: cs } : undefined;
  }
  // The appositive: a comma right before its first word, and a term right before the comma.
  if (j + 1 < i && DETERMINERS.has(word(v, j + 1)) && isEnt(v, j) && hasComma(v.toks[j])) return { group: groupLeft(v, j), from: clauseStart(v, j) };
  return undefined;
}

function readBindingPartners(v: SentenceView, sink: ClaimSink): void {
  for (let i = 1; i + 2 < v.n; i++) {
    if (!BINDING_PARTNER_NOUNS.has(word(v, i)) || v.toks[i].ent !== undefined) continue;
    const preposition = word(v, i + 1);
    if ((preposition !== 'for' && preposition !== 'of') || hasComma(v.toks[i])) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    const partner = entityAhead(v, i + 2, PARTNER_REACH);
    if (!partner) continue;
    const holder = holderOf(v, i);
    if (!holder) continue;
    const pol = polarity(v, holder.from, i);
    emitPairs(v, sink, { at: i, lastAt: i + 1, relation: 'binds', sign: 0, lineage: undefined }, holder.group, partner, 0, {
      negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, holder.from, partner.last, holder.group),
      // (The partner after "receptor for" is marked as a receptor's name — "the receptor for IL-4" is no
      // IL-4 — but here it is the partner itself.)
      receptorNamedObjects: true,
    });
  }
}

export const bindingPartner: Rule = {
  id: 'binding-partner',
  phenomenon: 'A term named as the receptor or ligand of another ("OPG is a decoy receptor for RANKL", "CXCR4, the receptor of SDF-1, …"): the two bind.',
  confidence: 0.85,
  read: readBindingPartners,
  examples: [
    { text: 'Osteoprotegerin is a soluble decoy receptor for RANKL.', reads: ['opg binds rankl'] },
    { text: 'CXCR4, the receptor of SDF-1, guides MSCs to the injured bone.', reads: ['cxcr4 binds cxcl12'] },
    { text: 'RANKL is the ligand for RANK on osteoclast precursors.', reads: ['rankl binds rank'] },
    { text: 'Osteoprotegerin functions as a decoy receptor for RANKL.', reads: ['opg binds rankl'] },
    { text: 'MSCs expressed receptors for IL-6 and IL-1β.', not: ['msc binds il-6', 'msc binds il-1beta'] },
  ],
};
