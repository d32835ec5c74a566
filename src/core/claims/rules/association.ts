/**
 * Associations: "M2 macrophages are associated with accelerated fracture healing", "IL-6 levels were
 * positively correlated with bone loss", "X is linked to Y". An observation, not a mechanism: without a
 * direction it is a sign-neutral link (the review supports it when it relates the pair); an adverb
 * ("negatively correlated") or the outcome's own participle ("delayed healing") gives it one. The rule's
 * base confidence is low on purpose: a correlation read as a direction never warns by itself.
 */
import { relationOfSign, type Sign } from '../../lexicon/relations';
import { ASSOCIATION_ADVERBS, ASSOCIATION_PREPOSITIONS, ASSOCIATION_WORDS, BE_FORMS, DETERMINERS, DURATION_NOUNS, MEASURE_NOUNS, NOMINAL_CUES, NOUN_MODIFIERS, OUTCOME_ADJECTIVES, SHOWN_CHANGE_NOUNS, UNDIRECTED_CHANGE_WORDS } from '../grammar';
import { hasComma } from '../tokens';
import { emitPairs, type ClaimSink } from '../sink';
import { entityAhead, subjectBefore } from '../sentence/args';
import { clauseStart } from '../sentence/clauses';
import { groupRight, type Group } from '../sentence/groups';
import { polarity, sentenceFrame } from '../sentence/polarity';
import { contextFor } from '../sentence/qualifiers';
import type { SentenceView } from '../sentence/view';
import { isAdverbish, isEnt, mentionOf, pastAdverbs, pastParenthesis, word } from '../sentence/words';
import type { Rule } from './rule';

/** The direction the adverbs right before the participle give the association (0 when none does). */
function adverbSign(v: SentenceView, i: number): { sign: Sign; first: number } {
  let sign: Sign = 0;
  let j = i - 1;
  while (j >= 0 && isAdverbish(v, j)) {
    const s = ASSOCIATION_ADVERBS[word(v, j)];
    if (s !== undefined) sign = s;
    j--;
  }
  return { sign, first: j + 1 };
}

/**
 * "with accelerated / delayed Y", "with the induction / loss of Y": the outcome's direction, and where the
 * term search starts.
 */
function outcomeAfter(v: SentenceView, k: number): { sign: Sign | 0; from: number } {
  let j = k;
  while (j < v.n && DETERMINERS.has(word(v, j))) j++;
  j = pastAdverbs(v, j);
  if (v.toks[j]?.ent !== undefined) return { sign: 0, from: k };
  // ("with an increase in LPS-induced bone loss": a change in the partner, as a correlation of two amounts,
  // names no direction of its own.)
  if (changeInAt(v, j)) return { sign: 0, from: j + 2 };
  const nominal = NOMINAL_CUES[word(v, j)];
  if (nominal !== undefined && word(v, j + 1) === 'of') return { sign: nominal, from: j + 2 };
  const s = OUTCOME_ADJECTIVES[word(v, j)];
  return s === undefined ? { sign: 0, from: k } : { sign: s, from: j + 1 };
}

/** "an increase in", "a decrease in": a noun of change with "in" at j (a change in what follows, with no direction of the correlation). */
function changeInAt(v: SentenceView, j: number): boolean {
  return SHOWN_CHANGE_NOUNS[word(v, j)] !== undefined && word(v, j + 1) === 'in';
}

/**
 * "An increase in IFN-γ expression is correlated with …": a change in a term that opens the clause, before
 * the copula at `b`, names the term that is correlated (the change itself adds no direction).
 */
function changedSubject(v: SentenceView, cs: number, b: number): { group: Group; reverse: boolean } | undefined {
  let j = cs;
  while (j < b && DETERMINERS.has(word(v, j))) j++;
  if (!changeInAt(v, j) || !isEnt(v, j + 2)) return undefined;
  const group = groupRight(v, j + 2);
  return group.last < b ? { group, reverse: false } : undefined;
}

/** Is a word of undirected change ("altered", "dysregulated") between `from` and the partner's first term? */
function changedUndirected(v: SentenceView, from: number, first: number): boolean {
  for (let j = from; j < first; j++) if (UNDIRECTED_CHANGE_WORDS.has(word(v, j))) return true;
  return false;
}

/** Most tokens a statistic in brackets after a partner may hold ("(P < 0.0001, r = 0.387)"). */
const STATISTIC_REACH = 20;

/** Past a measure noun after a term and a bracketed aside ("RANKL levels (P < 0.01, r = 0.4) and …"): the token after them. */
function pastMeasure(v: SentenceView, k: number): number {
  return pastParenthesis(v, MEASURE_NOUNS.has(word(v, k)) && !hasComma(v.toks[k]) ? k + 1 : k, STATISTIC_REACH);
}

/**
 * A correlation has no direction of its own: "osteoclast numbers correlated with IL-6" is read the way the
 * review relates the pair (IL-6 acting on osteoclast formation) when the review states only that way.
 */
function orientedLikeReview(v: SentenceView, a: Group, b: Group): boolean {
  const ids = (g: Group): string[] => g.ents.map((e) => mentionOf(v, e).id);
  const [as, bs] = [ids(a), ids(b)];
  const states = (xs: string[], ys: string[]): boolean => xs.some((x) => ys.some((y) => v.lexicon.statesPair(x, y)));
  return states(as, bs) || !states(bs, as);
}

/**
 * "PGE2 in the media correlated with …", "The concentration of IL-6 in serum correlated with …": does the
 * plain noun at b end a phrase of place ("in (the) media") right after a term (or its measure noun)?
 */
function termBeforePlace(v: SentenceView, b: number): boolean {
  if (isEnt(v, b) || !v.toks[b].tags.has('Noun')) return false;
  // ("in the synovial fluid": past up to two words that qualify the place.)
  let k = b - 1;
  for (let r = 0; r < 2 && k > 0 && !isEnt(v, k) && (NOUN_MODIFIERS.has(word(v, k)) || v.toks[k].tags.has('Adjective')); r++) k--;
  const inAt = DETERMINERS.has(word(v, k)) ? k - 1 : k;
  return word(v, inAt) === 'in' && (isEnt(v, inAt - 1) || (MEASURE_NOUNS.has(word(v, inAt - 1)) && isEnt(v, inAt - 2)));
}

function readAssociations(v: SentenceView, sink: ClaimSink): void {
  for (let i = 1; i < v.n; i++) {
    if (!ASSOCIATION_WORDS.has(word(v, i)) || v.toks[i].ent !== undefined) continue;
    // ("correlated positively with Y": an adverb may follow the participle.)
    const after = i + 1 < v.n && isAdverbish(v, i + 1) && ASSOCIATION_ADVERBS[word(v, i + 1)] !== undefined ? i + 2 : i + 1;
    if (!ASSOCIATION_PREPOSITIONS.has(word(v, after))) continue;
    const frame = sentenceFrame(v, i);
    if (frame.skip) continue;
    const before = adverbSign(v, i);
    const adverb = after === i + 2 ? { sign: ASSOCIATION_ADVERBS[word(v, i + 1)], first: before.first } : before;
    // "X is associated with Y" or a reduced "X associated with Y"; "the genes associated with Y" name no actor.
    const b = adverb.first - 1;
    // ("IL-10 levels correlated inversely with …": a term's measure noun may stand before the verb, when an
    // adverb gives the correlation a direction; "IL-4 levels correlated with NFATc1" stays a bare observation.)
    if (!BE_FORMS.has(word(v, b)) && !isEnt(v, b) && !(MEASURE_NOUNS.has(word(v, b)) && isEnt(v, b - 1) && adverb.sign !== 0) && !termBeforePlace(v, b)) continue;
    const subj = subjectBefore(v, BE_FORMS.has(word(v, b)) ? b : i, clauseStart(v, i)) ?? changedSubject(v, clauseStart(v, i), b);
    if (!subj) continue;
    const pol = polarity(v, subj.group.last + 1, i);
    // "was not correlated with Y" says little: no link is not a denial of a mechanism.
    if (pol.negated) continue;
    // ("associated with increased OPG and decreased RANKL", "correlated inversely with BMD and positively with
    // RANKL": each outcome with its own direction.)
    let manner = adverb.sign;
    for (let from = after + 1, n = 0; n < 3; n++) {
      const outcome = outcomeAfter(v, from);
      const obj = entityAhead(v, outcome.from, 6);
      if (!obj) break;
      // "negatively correlated with the healing time": a longer time is less healing.
      const duration = DURATION_NOUNS.has(word(v, obj.last + 1)) ? -1 : 1;
      // ("This decreased bone loss was associated with an M2 phenotype": a subject diminished or removed
      // directs the link by itself.)
      // (Not when the partner only changed, in no stated direction: "… with altered leukocyte kinetics".)
      const directed = manner !== 0 || outcome.sign !== 0 || (subj.reverse && !changedUndirected(v, outcome.from, obj.first));
      const sign = (directed ? (manner || 1) * (outcome.sign || 1) * duration * (subj.reverse ? -1 : 1) : 0) as Sign;
      const [actor, target] = orientedLikeReview(v, subj.group, obj) ? [subj.group, obj] : [obj, subj.group];
      emitPairs(v, sink, { at: i, lastAt: i + 1, relation: relationOfSign(sign), sign, lineage: undefined }, actor, target, sign, {
        negated: pol.negated, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, clauseStart(v, i), obj.last, subj.group),
      });
      const end = pastMeasure(v, obj.last + 1);
      if (word(v, end) !== 'and') break;
      const nextAdverb = ASSOCIATION_ADVERBS[word(v, end + 1)];
      if (nextAdverb !== undefined && ASSOCIATION_PREPOSITIONS.has(word(v, end + 2))) {
        manner = nextAdverb;
        from = end + 3;
        continue;
      }
      if (outcome.sign === 0 || hasComma(v.toks[obj.last]) || outcomeAfter(v, obj.last + 2).sign === 0) break;
      from = obj.last + 2;
    }
  }
}

export const association: Rule = {
  id: 'association',
  phenomenon: 'An observed association ("associated / correlated / linked with"), sign-neutral unless an adverb or the outcome gives a direction.',
  confidence: 0.6,
  read: readAssociations,
  examples: [
    { text: 'Secretion of IL-1β, however, is associated with bone loss.', reads: ['il-1beta regulates bone-resorption'] },
    // (A phrase of place after the term does not hide it.)
    { text: 'IL-6 in the synovial fluid correlated with bone loss.', reads: ['il-6 regulates bone-resorption'] },
    { text: 'Macrophage polarization is closely related to bone repair.', reads: ['macrophage-polarization regulates bone-repair'] },
    { text: 'Genes related to inflammation, such as TNF-α, were enriched.', not: ['inflammation regulates tnf-alpha', 'tnf-alpha regulates inflammation'] },
    { text: 'M2 macrophages were closely associated with accelerated fracture healing.', reads: ['m2-macrophage promotes bone-repair'] },
    { text: 'The number of M1 macrophages was associated with delayed bone regeneration.', reads: ['m1-macrophage inhibits bone-repair'] },
    { text: 'TNF-α is linked to osteoclast formation.', reads: ['tnf-alpha regulates osteoclastogenesis'] },
    { text: 'IL-10 expression correlated inversely with osteoclast numbers.', reads: ['il-10 inhibits osteoclastogenesis'] },
    { text: 'Serum IL-17 correlates with osteoclast numbers in these patients.', reads: ['il-17 regulates osteoclastogenesis'] },
    { text: 'IL-6 is closely linked to obesity-associated inflammation.', reads: ['il-6 regulates inflammation'] },
    { text: 'The percentage of M2 macrophages was negatively correlated with the fracture healing time.', reads: ['m2-macrophage promotes bone-repair'] },
    { text: 'Osteoclast numbers correlated positively with IL-6 levels.', reads: ['il-6 promotes osteoclastogenesis'] },
    { text: 'IFN-γ is correlated with the induction of IDO.', reads: ['ifn-gamma promotes ido'] },
    // (A change in each term, or a partner qualified by what induced it, still names the two terms.)
    { text: 'An increase in IFN-γ expression is correlated with an increase in LPS-induced bone loss.', reads: ['ifn-gamma regulates bone-resorption'] },
    { text: 'IL-17 levels correlated inversely with BMD and positively with RANKL levels.', reads: ['il-17 inhibits bone-homeostasis', 'il-17 promotes rankl'] },
    { text: 'IL-4 treatment was associated with increased OPG and decreased RANKL.', reads: ['il-4 promotes opg', 'il-4 inhibits rankl'] },
    { text: 'The reduced bone loss was associated with a distinct phenotype (M2) of the macrophages.', reads: ['m2-macrophage inhibits bone-resorption'] },
    { text: 'Reduced osteoclast formation was associated with IL-10 treatment.', reads: ['il-10 inhibits osteoclastogenesis'] },
    // (Two losses that go together: the subject's amount diminished, the partner fewer.)
    { text: 'The reduced expression of RANKL was associated with a diminished number of osteoclasts.', reads: ['rankl promotes osteoclastogenesis'], not: ['rankl inhibits osteoclastogenesis'] },
    { text: 'Reduced RANKL was associated with fewer osteoclasts.', reads: ['rankl promotes osteoclast'] },
    { text: 'Impaired fracture healing is associated with altered macrophage numbers.', reads: ['macrophage regulates bone-repair'], not: ['macrophage inhibits bone-repair'] },
    // The participle last in the sentence, with no partner after it: nothing to read (and nothing past the end to ask about).
    { text: 'Serum IL-6 levels and osteoclast formation were correlated', not: ['il-6 regulates osteoclastogenesis', 'osteoclastogenesis regulates il-6'] },
    { text: 'Serum IL-6 was not correlated with osteoclast formation.', not: ['il-6 regulates! osteoclastogenesis'] },
    { text: 'The genes associated with osteoclast formation include NFATc1.', not: ['nfatc1 regulates osteoclastogenesis'] },
  ],
};
