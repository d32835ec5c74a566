/**
 * A term put to therapeutic use against a disease: "MSCs have been widely used in the treatment of
 * immune-related diseases", "MSCs are of particular interest for the therapy of osteoarthritis". What a
 * treatment is used against is what it works against (a hedged expectation when the sentence hedges).
 */
import type { Sign } from '../../lexicon/relations';
import { BE_FORMS, PROMISE_VERBS, RESEARCH_PARTICIPLES, STUDY_SETTING_NOUNS, THERAPY_NOUNS, USE_NOUNS, USE_WORDS } from '../grammar';
import { emitPairs, type ClaimSink } from '../sink';
import { entityAhead, entityInList } from '../sentence/args';
import { clauseStart } from '../sentence/clauses';
import { nominalPolarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import { emitUseClaim, modifiesNounAfter } from '../sentence/useClaim';
import type { SentenceView } from '../sentence/view';
import { mentionOf, therapyOfAt, word } from '../sentence/words';
import type { Rule } from './rule';

/** Most words between the copula and "interest" ("of great clinical interest"). */
const INTEREST_REACH = 3;

/** Most words between a verb of having and "potential" ("have great therapeutic potential"). */
const POTENTIAL_REACH = 3;
/** Most words between "as" and the therapy noun ("as a novel cell therapy"). */
const AS_THERAPY_REACH = 4;
/** Most words from "in" to the noun of a study setting ("in many preclinical and clinical studies"). */
const STUDY_SETTING_REACH = 6;

/**
 * Where the predicate of use at u opens: the participle itself ("used", "applied"), the copula before
 * "of (particular) interest", or the verb of having before "potential" ("MSCs have great potential as a
 * cell therapy for …"); -1 when u is none of these.
 */
function predicateStart(v: SentenceView, u: number): number {
  const w = word(v, u);
  if (w === 'potential') {
    let k = u - 1;
    for (let a = 0; a < POTENTIAL_REACH && k > 0 && !PROMISE_VERBS.has(word(v, k)); a++) k--;
    return PROMISE_VERBS.has(word(v, k)) ? k : -1;
  }
  if (w !== 'interest') return (USE_WORDS.has(w) || RESEARCH_PARTICIPLES.has(w)) && v.toks[u].ent === undefined ? u : -1;
  let k = u - 1;
  for (let a = 0; a < INTEREST_REACH && k > 0 && word(v, k) !== 'of'; a++) k--;
  return word(v, k) === 'of' && BE_FORMS.has(word(v, k - 1)) ? k - 1 : -1;
}

/**
 * After the predicate: "for the treatment of Y", "as a (cell) therapy for Y", or "as (new) therapeutic agents
 * for the treatment of Y"; the index of the word before the disease, or -1.
 */
function therapyAfterAt(v: SentenceView, k: number): number {
  // ("MSCs have been used for osteoporosis": a disease right after "for" is what the use treats.)
  if (word(v, k) === 'for' && v.toks[k + 1]?.ent !== undefined) return k;
  if (word(v, k) !== 'as') return therapyOfAt(v, k);
  for (let j = k + 1; j <= k + AS_THERAPY_REACH && j < v.n - 1; j++) {
    if (v.toks[j].ent !== undefined) return -1;
    if (THERAPY_NOUNS.has(word(v, j))) return /^(for|of|in|against)$/.test(word(v, j + 1)) ? j + 1 : -1;
    const of = therapyOfAt(v, j + 1);
    if (of >= 0) return of;
  }
  return -1;
}

/**
 * Past a setting between the participle and its purpose ("used in many preclinical and clinical studies as
 * …"): the word after the setting's last noun, or k when none opens at k.
 */
function pastStudySetting(v: SentenceView, k: number): number {
  if (word(v, k) !== 'in' || therapyOfAt(v, k) >= 0) return k;
  for (let j = k + 1; j <= k + STUDY_SETTING_REACH && j < v.n - 1; j++) {
    if (v.toks[j].ent !== undefined) return k;
    if (STUDY_SETTING_NOUNS.has(word(v, j))) return j + 1;
  }
  return k;
}

function readTherapeuticUse(v: SentenceView, sink: ClaimSink): void {
  for (let u = 1; u < v.n; u++) {
    const start = predicateStart(v, u);
    if (start < 0) continue;
    const of = therapyAfterAt(v, word(v, u) === 'potential' ? u + 1 : pastStudySetting(v, u + 1));
    if (of < 0) continue;
    const disease = entityInList(v, of + 1);
    if (!disease || mentionOf(v, disease.first).type !== 'disease') continue;
    // ("used for osteoporosis models": right after "for", a disease that only qualifies a noun is no target;
    // "for osteoporosis treatment" names one.)
    if (word(v, of) === 'for' && modifiesNounAfter(v, disease.last) && !THERAPY_NOUNS.has(word(v, disease.last + 1))) continue;
    // (Studied for a disease, a term is linked to it in no stated direction: "investigated for osteoporosis".)
    const sign: Sign = RESEARCH_PARTICIPLES.has(word(v, u)) ? 0 : -1;
    emitUseClaim(v, sink, { predicate: start, at: u, lastAt: of, target: disease, sign, relation: sign === 0 ? 'regulates' : 'inhibits' });
  }
}

/**
 * "the use of MSCs for the treatment of multiple sclerosis", "the utilization of MSCs in the treatment of Y": the
 * term after a noun of use and "of" is put to use against the disease the therapy phrase names.
 */
function readUseNominal(v: SentenceView, sink: ClaimSink): void {
  for (let u = 0; u + 2 < v.n; u++) {
    if (!USE_NOUNS.has(word(v, u)) || word(v, u + 1) !== 'of' || v.toks[u].ent !== undefined) continue;
    const user = entityAhead(v, u + 2, 4);
    if (!user) continue;
    const of = therapyAfterAt(v, user.last + 1);
    if (of < 0) continue;
    const disease = entityInList(v, of + 1);
    if (!disease || mentionOf(v, disease.first).type !== 'disease') continue;
    if (word(v, of) === 'for' && modifiesNounAfter(v, disease.last) && !THERAPY_NOUNS.has(word(v, disease.last + 1))) continue;
    const frame = sentenceFrame(v, u);
    if (frame.skip) continue;
    const pol = nominalPolarity(v, u, disease.last);
    if (pol.negated) continue;
    emitPairs(v, sink, { at: u, lastAt: of, relation: 'inhibits', sign: -1, lineage: undefined }, user, disease, -1, {
      negated: false, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, clauseStart(v, u), disease.last, user),
    });
  }
}

function readUses(v: SentenceView, sink: ClaimSink): void {
  readTherapeuticUse(v, sink);
  readUseNominal(v, sink);
}

export const therapeuticUse: Rule = {
  id: 'therapeutic-use',
  phenomenon: 'A term used in, of interest for, or with potential as a treatment of a disease ("MSCs have been used in the treatment of osteoarthritis", "MSCs hold potential as a cell therapy for colitis"): it works against the disease.',
  confidence: 0.8,
  read: readUses,
  examples: [
    { text: 'MSCs have been widely used in the treatment of osteoarthritis.', reads: ['msc inhibits osteoarthritis'] },
    { text: 'MSCs are of particular interest for the treatment of immune-related diseases.', reads: ['msc inhibits immune-disease'] },
    { text: 'MSC transplantation can be applied for the treatment of osteoarthritis.', reads: ['msc-therapy inhibits osteoarthritis'] },
    { text: 'MSCs hold great potential as a cell therapy for inflammatory disorders.', reads: ['msc inhibits immune-disease'] },
    { text: 'MSCs have been explored as cellular therapeutics for immune-mediated diseases.', reads: ['msc regulates immune-disease'] },
    { text: 'Marrow stromal cells offer real potential as a treatment against osteoarthritis.', reads: ['msc inhibits osteoarthritis'] },
    { text: 'Marrow stromal cells have been widely used as a therapy for osteoarthritis in animals and patients.', reads: ['msc inhibits osteoarthritis'] },
    { text: 'MSCs were employed in several preclinical and clinical trials as candidate agents for the treatment of colitis.', reads: ['msc inhibits inflammatory-bowel-disease'] },
    // (A plain class noun stands for the examples it introduces.)
    { text: 'MSCs have been used in the treatment of several diseases, including osteoarthritis.', reads: ['msc inhibits osteoarthritis'] },
    { text: 'Marrow stromal cells were applied for the treatment of disorders such as osteoporosis.', reads: ['msc inhibits osteoporosis'] },
    { text: 'MSCs have been applied in the treatment of chronic kidney disease.', reads: ['msc inhibits urological-disease'] },
    // (A noun of use before the term: "the use of X for the treatment of Y".)
    { text: 'These findings support the use of MSCs for the treatment of multiple sclerosis.', reads: ['msc inhibits multiple-sclerosis'] },
    { text: 'The utilization of marrow stromal cells in the treatment of osteoarthritis is growing.', reads: ['msc inhibits osteoarthritis'] },
    { text: 'The use of MSCs for osteoarthritis research is growing.', not: ['msc inhibits osteoarthritis'] },
    { text: 'MSCs have potential as carriers for osteoarthritis drugs.', not: ['msc inhibits osteoarthritis'] },
    { text: 'MSCs have not been used in the treatment of osteoarthritis.', not: ['msc inhibits! osteoarthritis', 'msc inhibits osteoarthritis'] },
    // (Put forward for a disease, or used right before one; studied for it, linked in no direction.)
    { text: 'Cell therapy based on MSCs has been proposed for osteoporosis.', reads: ['msc-therapy inhibits osteoporosis'] },
    { text: 'MSCs have been proposed as a treatment for osteoarthritis.', reads: ['msc inhibits osteoarthritis'] },
    { text: 'MSCs have been used for osteoporosis treatment.', reads: ['msc inhibits osteoporosis'] },
    { text: 'MSCs have been investigated for osteoporosis.', reads: ['msc regulates osteoporosis'], not: ['msc inhibits osteoporosis'] },
    { text: 'MSCs were used for osteoporosis research.', not: ['msc inhibits osteoporosis'] },
    // (Only a disease: "used for the treatment of cells with TNF-α" names no target of a therapy.)
    { text: 'MSCs were used in the treatment of cultures with TNF-α.', not: ['msc inhibits tnf-alpha'] },
  ],
};
