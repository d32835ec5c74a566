/**
 * Claim extraction from one candidate sentence: entities are masked as placeholder words, compromise
 * tags the sentence once (the sentence view), and every rule of the registry reads it.
 */
import { relationOfSign } from '../lexicon/relations';
import { longFormStart } from '../entities/abbreviations';
import { wordBefore } from '../normalize';
import { resolveReferences, type Antecedent } from './coreference';
import { DELIVERED_PARTICIPLES, DELIVERING_PARTICIPLES, ENZYME_PARTICIPLES, GIVING_NOUNS, HARM_ACTIONS, LOSS_OF_FUNCTION_COMPOUNDS, LIGAND_NOUNS, LOSS_OF_FUNCTION_NOUNS, OTHER_STEM_CELL_KINDS, RECEPTOR_NOUNS, RESIDENT_TISSUE_ADJECTIVES, SIGNAL_NOUNS, SUBSET_MODIFIERS } from './grammar';
import { RULES } from './rules';
import { mayNameProcessVerb } from './rules/processVerb';
import { mayNameHoming } from './rules/actionCause';
import { mayNameProcessAdjective } from './rules/processAdjective';
import { mayNamePerformingCell } from './rules/performingCell';
import { claimKey, createSink } from './sink';
import { CONFIDENCE, roundConfidence } from '../confidence';
import { subjectRemoved, targetOfAnothersEffect } from './sentence/args';
import { actsWithPartner, claimScope, specialModelOf } from './sentence/scope';
import { treatedActorOf } from './sentence/treatment';
import { buildView, NO_LEXICON, type ExtractionLexicon, type SentenceView } from './sentence/view';
import { changedWithoutDirection } from './sentence/undirectedChange';
import { mentionOf, tokenAtOffset, word } from './sentence/words';
import { hasComma, type SentenceMention } from './tokens';
import type { ClaimReach, ExtractedClaim } from './types';

export type { SentenceMention } from './tokens';
export { headWord, isPluralText, mayRefer, openingTerms } from './coreference';
export type { Antecedent } from './coreference';
export type { ExtractionLexicon } from './sentence/view';

/**
 * Quick filter before any NLP: a sentence is read for claims only if the lexicon could judge one — an
 * attribute word next to a term, or two terms the lexicon relates. Other sentences cannot be judged.
 */
export function mayHoldClaim(text: string, ids: readonly string[], relatable: (a: string, b: string) => boolean): boolean {
  if (ids.length === 0) return false;
  if (/inflammatory|immunosuppressive|\bM[12]\b/i.test(text) || mayNameProcessAdjective(text) || mayNameProcessVerb(text) || mayNameHoming(text) || mayNamePerformingCell(text)) return true;
  // Distinct terms only: a sentence naming one term a thousand times has one term, not half a million pairs.
  const distinct = [...new Set(ids)];
  for (let i = 0; i < distinct.length; i++) for (let j = i + 1; j < distinct.length; j++) if (relatable(distinct[i], distinct[j])) return true;
  return false;
}

/**
 * "mesenchymal stem cells (MSCs)", "TNF-α (tumor necrosis factor α)": a term followed by its own
 * abbreviation or long form in parentheses is one mention, so the phrase around it reads as written.
 */
export function mergeAbbreviations(text: string, mentions: readonly SentenceMention[]): SentenceMention[] {
  const out: SentenceMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const next = mentions[k + 1];
    // ("osteocalcin (OC)": an abbreviation the lexicon reads as another term, defined here for this one.)
    const own = next && (next.id === m.id || longFormStart(text.slice(next.start, next.end), text.slice(m.start, m.end)) === 0);
    if (next && own && /^\s*\(\s*$/.test(text.slice(m.end, next.start)) && /^\s*\)/.test(text.slice(next.end))) {
      const close = text.indexOf(')', next.end);
      out.push({ ...m, end: close + 1 });
      k++;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** "myeloid stem cells", "embryonic stem cells": a bare "stem cell(s)" after a word naming another kind of stem cell. */
function otherStemCells(text: string, m: SentenceMention): boolean {
  if (m.type !== 'cell' || !/^stem[\s-]cells?$/i.test(text.slice(m.start, m.end))) return false;
  return OTHER_STEM_CELL_KINDS.has(wordBefore(text, m.start) ?? '');
}

/** Does a subset word ("regulatory") stand right before `offset`? */
function subsetWordBefore(text: string, offset: number): boolean {
  return SUBSET_MODIFIERS.has(wordBefore(text, offset) ?? '');
}

/**
 * "regulatory T cells", "regulatory T-cell proliferation", "the proliferation of regulatory T cells": a
 * term after a word that names a subset of its cells the lexicon does not know stands for no term in a
 * claim (it is kept, marked ambiguous, so that nothing reads it as the whole class).
 */
function withoutSubsets(text: string, mentions: readonly SentenceMention[], lexicon: ExtractionLexicon): SentenceMention[] {
  // ("toward a regulatory M2 phenotype": a phenotype the word only describes is named, not narrowed.)
  const subset = mentions.map((m) => ((m.type === 'cell' || m.type === 'process') && subsetWordBefore(text, m.start) && !lexicon.isPhenotype(m.id)) || otherStemCells(text, m));
  return mentions.map((m, k) => {
    // ("the proliferation of regulatory T cells": a cell's action named alone before the subset's cells;
    // not "the anti-inflammatory phenotype of regulatory macrophages", a term of its own.)
    const bareAction = m.type === 'process' && /^[\p{L}-]+$/u.test(text.slice(m.start, m.end));
    const gap = k + 1 < mentions.length ? text.slice(m.end, mentions[k + 1].start) : '';
    // linear: anchored at both ends, on a gap of at most 40 characters.
    const ofSubset = bareAction && gap.length <= 40 && subset[k + 1] && mentions[k + 1].type === 'cell' && /^\s+of\s+(?:the\s+)?[\p{L}]+\s+$/u.test(gap);
    return subset[k] || ofSubset ? { ...m, ambiguous: true } : m;
  });
}

/** Types whose terms may name a ligand: not a receptor, a cell or a process. */
const NOT_LIGAND_TYPES: ReadonlySet<string> = new Set(['receptor', 'cell', 'process']);

/**
 * "the IL-4 receptor", "the receptor for IL-4", "antibody to TNF receptors": a ligand's term next to a
 * receptor noun names the receptor, a molecule the lexicon has no term for (its own receptors, such as
 * "IL-6 receptor", are terms of their own and matched whole). It stands for no term in a claim: "IL-6
 * induced the IL-4 receptor" says nothing of IL-4 itself (kept, marked ambiguous, as for subsets).
 */
function withoutUnnamedReceptors(text: string, mentions: readonly SentenceMention[]): SentenceMention[] {
  return mentions.map((m) => {
    if (m.ambiguous || NOT_LIGAND_TYPES.has(m.type)) return m;
    // linear: runs of blanks or dashes and of letters, anchored at the start of a slice of at most 48 characters.
    const after = /^(?:\s+|-)([\p{L}]+)(?:[\s\u2013-]+([\p{L}]+))?/u.exec(text.slice(m.end, m.end + 48));
    // linear: one run of letters, blanks and an optional article, anchored at the end of a slice of at most 40 characters.
    const before = /([\p{L}]+)\s+(?:for|of)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
    // ("IL-1 receptor antagonist", "TGF-β receptor signalling", "IL-1 receptor–deficient mice": blocking or
    // signalling through the receptor is the ligand's signal, as authors and readers take it.)
    const through = after?.[2] !== undefined && (LOSS_OF_FUNCTION_NOUNS.has(after[2].toLowerCase()) || LOSS_OF_FUNCTION_COMPOUNDS.has(after[2].toLowerCase()) || SIGNAL_NOUNS.has(after[2].toLowerCase()));
    const receptor = (after !== null && RECEPTOR_NOUNS.has(after[1].toLowerCase()) && !through) || (before !== null && RECEPTOR_NOUNS.has(before[1].toLowerCase()));
    return receptor ? { ...m, ambiguous: true } : m;
  });
}

/**
 * "MSCs expressed high levels of CCR2 ligands": a receptor's term before a ligand noun names the molecules that
 * bind it, not the receptor (a ligand the lexicon spells whole, "RANK ligand", is matched as that term). It
 * stands for no term in a claim (kept, marked ambiguous, as for the receptors above).
 */
function withoutUnnamedLigands(text: string, mentions: readonly SentenceMention[]): SentenceMention[] {
  return mentions.map((m) => {
    if (m.ambiguous || m.type !== 'receptor') return m;
    // ("the MCP-1–CCR2 ligand–receptor axis" names the pair, receptor included.)
    // linear: one blank or dash, one run of letters and an optional dash or slash and run of letters, anchored,
    // on a slice of at most 28 characters.
    const after = /^(?:\s|-)([\p{L}]+)(?:[-\u2013/]([\p{L}]+))?/u.exec(text.slice(m.end, m.end + 28));
    return after !== null && LIGAND_NOUNS.has(after[1].toLowerCase()) && !RECEPTOR_NOUNS.has(after[2]?.toLowerCase() ?? '') ? { ...m, ambiguous: true } : m;
  });
}

/**
 * "OC-iTcREG limit bone resorption" (osteoclast-induced regulatory T cells): a term glued by a hyphen to a
 * name that starts in lower case and goes on in capitals is the first part of that name, not the term; it
 * is kept, marked ambiguous, so that no reading takes it for an actor ("MSC-CM", "MSC-Exos" are left alone).
 */
function withoutNameParts(text: string, mentions: readonly SentenceMention[]): SentenceMention[] {
  return mentions.map((m) => {
    if (m.ambiguous || text[m.end] !== '-' || mentions.some((o) => o.start === m.end + 1)) return m;
    const after = text.slice(m.end + 1, m.end + 25);
    // ("Akt-mTOR", "NF-κB-iNOS": a gene written with a one-letter prefix and capitals is a term's partner, not a name.)
    // linear: runs of letters and digits, anchored, on slices of at most 24 characters.
    return /^[a-z]+[A-Z][A-Za-z0-9]*/.test(after) && !/^[a-z][A-Z0-9]+(?![A-Za-z0-9])/.test(after) ? { ...m, ambiguous: true } : m;
  });
}

/**
 * "Soluble RANKL cleaved by TNF-α converting enzyme (TACE) contributes to …": an enzyme named after the
 * term it processes is neither that term nor one the lexicon knows; the words stay plain words, so that
 * no reading takes them for a term (a subject, an agent) at all.
 */
function withoutNamedEnzymes(text: string, mentions: readonly SentenceMention[]): SentenceMention[] {
  return mentions.filter((m) => {
    // linear: two runs of letters between blanks, anchored, on a slice of at most 32 characters.
    const after = /^\s+([\p{L}]+)\s+([\p{L}]+)/u.exec(text.slice(m.end, m.end + 32));
    return !(after !== null && ENZYME_PARTICIPLES.has(after[1].toLowerCase()) && after[2].toLowerCase() === 'enzyme');
  });
}

/**
 * "Several cytokines, such as IL-1β and TNF-α, …", "one of the key cytokines", "the two cytokines IL-4 and
 * IL-10": a category (a class the review states nothing of itself, only of its members) written as one
 * plain word, in a sentence that names members of it, frames those members. It stays a plain word, so that
 * the readings of examples and members take the members for the actors (as they do for "factors" or
 * "molecules"). Written alone ("Cytokines play a role in …"), it is the class.
 */
function withoutSpelledOutCategories(text: string, mentions: readonly SentenceMention[], lexicon: ExtractionLexicon): SentenceMention[] {
  return mentions.filter((m) => !(lexicon.isCategory(m.id) && !/\s/.test(text.slice(m.start, m.end)) && mentions.some((o) => o !== m && o.id !== m.id && lexicon.isMemberOf(o.id, m.id))));
}

/** Position before the blanks that end text[0, end). */
function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}

/**
 * A sentence that ends with a question mark, perhaps before a numbered citation ("… bone? [12]").
 * Read backwards once: a pattern with blanks on both sides of an optional citation was quadratic on a
 * run of blanks.
 */
export function asksQuestion(text: string): boolean {
  let e = trimEnd(text, text.length);
  if (text[e - 1] === ']') {
    const open = text.lastIndexOf('[', e - 1);
    if (open >= 0 && /^\[[\d,\s–-]+\]$/.test(text.slice(open, e))) e = trimEnd(text, open);
  }
  return text[e - 1] === '?';
}

/**
 * The action word next to the claim's object when the object is a cell named with one of its actions the
 * lexicon has no process for ("osteoblast proliferation", "proliferation of osteoblasts"), or undefined.
 */
function unknownActionOfObject(view: SentenceView, c: ExtractedClaim): string | undefined {
  if (c.object === undefined || c.objectSpan === undefined) return undefined;
  const at = tokenAtOffset(view, c.objectSpan.end - 1);
  if (view.toks[at]?.ent === undefined) return undefined;
  const object = mentionOf(view, at);
  if (object.type !== 'cell' || object.id !== c.object) return undefined;
  // (A harm word need not be one of the lexicon's action words: "T cell anergy".)
  const unknown = (w: string): boolean => (view.lexicon.isActionWord(w) || HARM_ACTIONS.has(w)) && view.lexicon.compositeOf(object.id, w) === undefined;
  const next = word(view, at + 1);
  if (unknown(next)) return next;
  // ("inhibited the proliferation of osteoblasts": the action may come first, joined by "of".)
  const first = tokenAtOffset(view, c.objectSpan.start);
  if (word(view, first - 1) !== 'of') return undefined;
  const before = word(view, first - 2);
  return unknown(before) ? before : undefined;
}

/**
 * The sentence with typographic hyphens (U+2010 hyphen, U+2011 non-breaking hyphen, as publishers' pages
 * write "hormone‐related protein‐stimulated") as the ASCII hyphen the tokenizer and the word lists know,
 * and the hyphenated loss nouns ("CCR2 knock-out mice", "IL-6 knock-down") closed up as the word lists
 * spell them, the hyphen's place becoming a space after the word. Each replacement is as long as what it
 * replaces: every offset stays.
 */
function withPlainHyphens(text: string): string {
  // linear: a single character class, no quantifier; then fixed words between word boundaries.
  return text.replace(/[\u2010\u2011]/g, '-').replace(/\b(knock)-(out|down)\b/gi, '$1$2 ');
}

/**
 * The claims of one sentence. `previous` lists the terms of the sentence before, for the references
 * ("it", "these cells") that point back to them.
 */
export function extractClaims(
  text: string, mentions: SentenceMention[], lexicon: ExtractionLexicon = NO_LEXICON, previous: readonly Antecedent[] = [],
  onRuleError?: (rule: string, error: unknown) => void,
): ExtractedClaim[] {
  text = withPlainHyphens(text);
  if (asksQuestion(text)) return []; // a question asks, it does not claim
  const all = resolveReferences(text, withoutSpelledOutCategories(text, withoutNamedEnzymes(text, withoutUnnamedLigands(text, withoutUnnamedReceptors(text, withoutNameParts(text, withoutSubsets(text, mergeAbbreviations(text, mentions), lexicon))))), lexicon), lexicon, previous);
  const view = buildView(text, all, lexicon);
  const references = new Map<number, ClaimReach>();
  for (const m of all) if (m.ref || m.earlierCell) references.set(m.start, m.ref ? 'pronoun' : 'earlier-sentence');
  const sink = createSink(references);
  for (const rule of RULES) {
    sink.rule = rule.id;
    sink.base = rule.confidence;
    const before = sink.claims.length;
    try {
      rule.read(view, sink);
    } catch (error) {
      // A rule that fails on a sentence (a defect of ours, on text no test foresaw) loses only its own
      // reading of it; the other rules still read it. Without a handler the failure is the caller's.
      if (!onRuleError) throw error;
      for (const c of sink.claims.splice(before)) sink.seen.delete(claimKey(c));
      onRuleError(rule.id, error);
    }
  }
  // Engineered models, rescue experiments and denials of sufficiency speak past the review; a finding in
  // a model the review does not discuss bears on it less certainly.
  const kept: ExtractedClaim[] = [];
  for (const c of sink.claims) {
    // ("miR-423-5p regulates osteogenesis": a member of a class the lexicon does not hold is named for what
    // carries it, "exosomes transfer miR-21"; what it does itself the review does not say. Named with the
    // carrier that brought it, "miR-146a delivered by MSC vesicles modulates inflammation", it is the carrier's,
    // and the rest of the checks read the carrier.)
    if (subjectIsUnheldMember(view, c) && (!givenToCarrier(view, c) || kept.some((k) => claimKey(k) === claimKey(c)))) continue;
    const scope = claimScope(view, c);
    if (scope === 'out') continue;
    // ("Intestinal macrophages do not produce proinflammatory cytokines": a denial about one tissue's own cells
    // does not deny what the review says of the cells.)
    if (c.negated && subjectNamedByTissue(view, c)) c.agreementOnly = true;
    // ("Macrophage transplantation failed to improve bone repair": cells given as a graft the lexicon names no
    // therapy of are not the cells the review speaks of in the body; what the review says of them can agree
    // with the finding, a failure of the graft does not deny it.)
    if (c.negated && subjectIsGivenCell(view, c)) c.agreementOnly = true;
    // A denial through a removed factor ("an antibody against IL-6 did not inhibit Y"): not needed is not "does not act".
    if (scope === 'agreement-only' || (c.negated && subjectRemoved(view, c))) c.agreementOnly = true;
    // "STAT3 knockdown abolished the inhibitory effect of IL-10 on osteoclast formation": a removed factor
    // that another term's effect needs works with that term, which says nothing of it on its own. So does a
    // denial there ("The inhibitory effect of IL-4 on osteoclastogenesis was not reversed by IL-6").
    if ((c.negated || subjectRemoved(view, c)) && targetOfAnothersEffect(view, c)) c.agreementOnly = true;
    // "Y was not affected by X at low doses": a denial at a stated dose does not deny X's effect at others.
    if (c.negated && c.context.concentration !== undefined) c.agreementOnly = true;
    // "… was not affected by IL-10 at 1 ng/mL": a denial at a measured dose, alike (not one over a range
    // of doses: "no effect of IL-6 (5–5000 pg/ml)", "at concentrations up to 100 ng/ml" denies across it).
    if (c.negated && NUMERIC_DOSE.test(text) && !DOSE_RANGE.test(text)) c.agreementOnly = true;
    // ("In a concentration which caused maximal proliferation, BMP-2 did not induce Y": so at one dose named
    // by what it did.)
    if (c.negated && ONE_DOSE.test(text)) c.agreementOnly = true;
    // ("BMPs did not induce osteogenesis of the cells without osteogenic medium": a denial in a culture
    // lacking the supplements the process needs.)
    if (c.negated && WITHOUT_SUPPLEMENTS.test(text)) c.agreementOnly = true;
    // "X did not increase resorption above that in vitamin D3-treated cultures": a denial of a further rise
    // over another treatment's does not deny X's own effect.
    if (c.negated && ABOVE_ANOTHER.test(text)) c.agreementOnly = true;
    // ("Unlike mammals, TGF-β3 is not involved in wound healing": a denial set against what mammals do is about
    // another animal, and grants the review's mammals the opposite.)
    if (c.negated && UNLIKE_MAMMALS.test(text)) c.agreementOnly = true;
    // "… had no effect on osteoblast proliferation": an action of the cell the lexicon has no process for is
    // not the cell itself; what the review says of the cell can agree with it, never be contradicted by it.
    // ("IFN-γ elicited osteoblast apoptosis": an action that harms the cell agrees with nothing said of the cell.)
    // ("IFN-γ together with LPS accelerated osteoclast formation": the pair's effect, not IFN-γ's own.)
    if (actsWithPartner(view, c)) c.agreementOnly = true;
    // ("Pretreatment with NPS2390 inhibited mineralization": a treatment given with a named agent the lexicon
    // does not know is that agent's; what it does says nothing of the treatment the lexicon names.)
    if (treatmentOfUnnamedAgent(view, c)) continue;
    // ("Dysregulation of wound macrophages leads to impaired healing", "… caused altered bone remodelling": a
    // term changed in no stated direction bears on its partner, in no stated direction.)
    if (c.kind === 'interaction' && c.sign !== 0 && (changedWithoutDirection(view, c.subjectSpan) || (c.objectSpan !== undefined && changedWithoutDirection(view, c.objectSpan)))) {
      c.sign = 0;
      c.relation = relationOfSign(0);
    }
    const unknownAction = unknownActionOfObject(view, c);
    if (unknownAction !== undefined && HARM_ACTIONS.has(unknownAction)) continue;
    if (unknownAction !== undefined) c.agreementOnly = true;
    kept.push(c);
  }
  bothWaysAgreementOnly(kept);
  crossedLineagesAgreementOnly(text, kept);
  for (const c of kept) if (c.sign === 1 && namesNoOtherCell(view, c)) c.ownOutput = true;
  for (const c of kept) {
    const model = specialModelOf(view, c) ?? treatedActorOf(view, c);
    if (model === undefined) continue;
    c.context = { ...c.context, model };
    c.confidence = roundConfidence(c.confidence * CONFIDENCE.specialModel);
  }
  hedgeWhatTheSentenceDoubts(text, kept);
  return kept;
}

/** The mention the claim's subject starts at, if any. */
function subjectMentionOf(view: SentenceView, c: ExtractedClaim): SentenceMention | undefined {
  return view.mentions.find((m) => m.start === c.subjectSpan.start);
}

/** Is the claim's subject a cell named by the tissue it lives in ("intestinal macrophages")? */
function subjectNamedByTissue(view: SentenceView, c: ExtractedClaim): boolean {
  const subject = subjectMentionOf(view, c);
  return subject !== undefined && subject.type === 'cell' && RESIDENT_TISSUE_ADJECTIVES.has(wordBefore(view.text, subject.start, true) ?? '');
}

// linear: one fixed alternation of determiners, optional, anchored at the end of a slice of at most 30 characters.
const OF_DETERMINER_BEFORE = /\s+of\s+(?:(?:the|these|those)\s+)?$/u;
// linear: one run of letters, anchored, on a slice of at most 30 characters.
const WORD_AFTER = /^s?\s+(\p{L}+)/u;

/**
 * Is the claim's subject a cell the lexicon names no therapy of, named as given to the animals: "macrophage
 * transplantation", "transplantation of macrophages", "injected macrophages"? (Cells it names a therapy of,
 * "transplanted MSCs", are what the review's statements on that therapy speak of.)
 */
function subjectIsGivenCell(view: SentenceView, c: ExtractedClaim): boolean {
  const subject = subjectMentionOf(view, c);
  if (subject === undefined || subject.type !== 'cell' || [...GIVING_NOUNS].some((noun) => view.lexicon.compositeOf(subject.id, noun) !== undefined)) return false;
  const after = WORD_AFTER.exec(view.text.slice(subject.end, subject.end + 30));
  if (after !== null && GIVING_NOUNS.has(after[1].toLowerCase())) return true;
  if (DELIVERED_PARTICIPLES.has(wordBefore(view.text, subject.start) ?? '')) return true;
  const before = view.text.slice(Math.max(0, subject.start - 30), subject.start);
  const of = OF_DETERMINER_BEFORE.exec(before);
  return of !== null && GIVING_NOUNS.has(wordBefore(before, of.index + 1) ?? '');
}

/** Is the claim's subject a treatment followed by "with" or "of" and a name the lexicon does not know ("NPS2390")? */
function treatmentOfUnnamedAgent(view: SentenceView, c: ExtractedClaim): boolean {
  const subject = subjectMentionOf(view, c);
  if (subject === undefined || subject.type !== 'treatment') return false;
  // linear: one preposition and one run of name characters, anchored, on a slice of at most 40 characters.
  const after = /^s?\s+(?:with|of)\s+([\p{L}\d]+)(?![\p{L}\d-])/u.exec(view.text.slice(subject.end, subject.end + 40));
  if (after === null) return false;
  // (A name, capitals or digits in it, that no term starts at or right after: "HS-pretreated UC-MSCs" is a
  // modifier of the cells, "with IL-4" a term.)
  const nameStart = subject.end + after[0].length - after[1].length;
  const nameEnd = subject.end + after[0].length;
  return /[\p{Lu}\d]/u.test(after[1]) && !view.mentions.some((m) => m.start === nameStart || (m.start >= nameEnd && /^\s*$/.test(view.text.slice(nameEnd, m.start))));
}

/** Is the claim's subject a numbered member the lexicon does not hold ("miR-21", read as its class)? */
function subjectIsUnheldMember(view: SentenceView, c: ExtractedClaim): boolean {
  return view.mentions.some((m) => m.member === true && m.start === c.subjectSpan.start);
}

/** The prepositions that name the carrier after a participle of delivery ("delivered by / in / via"). */
const CARRIER_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'in', 'via', 'within']);

/** Most words between a delivering participle's preposition and the carrier ("by | hucMSC extracellular vesicles"). */
const CARRIER_REACH = 3;

/**
 * "miR-146a-5p delivered by hucMSC extracellular vesicles modulates …": when the claim's subject is a cargo
 * followed by a participle of delivery and its carrier, the claim becomes the carrier's (true when it did).
 */
function givenToCarrier(view: SentenceView, c: ExtractedClaim): boolean {
  const member = tokenAtOffset(view, c.subjectSpan.end - 1);
  if (!DELIVERING_PARTICIPLES.has(word(view, member + 1)) || !CARRIER_PREPOSITIONS.has(word(view, member + 2))) return false;
  for (let k = member + 3; k < view.n && k <= member + 3 + CARRIER_REACH; k++) {
    if (view.toks[k].ent === undefined) continue;
    // ("by MSC exosomes": the cells only say whose vesicles; the last term of the run carries.)
    let last = k;
    while (last + 1 < view.n && view.toks[last + 1].ent !== undefined && !hasComma(view.toks[last])) last++;
    const carrier = mentionOf(view, last);
    if (c.cueSpan !== undefined && carrier.start >= c.cueSpan.start) return false;
    c.subject = carrier.id;
    c.subjectSpan = { start: carrier.start, end: carrier.end };
    return true;
  }
  return false;
}

/** Is the claim's subject a cell, and the only cell the sentence names (by id: "MSCs … these MSCs" is one)? */
function namesNoOtherCell(view: SentenceView, c: ExtractedClaim): boolean {
  const subject = subjectMentionOf(view, c);
  return subject !== undefined && subject.type === 'cell' && view.mentions.every((m) => m.type !== 'cell' || m.id === subject.id);
}

/**
 * "IL-1β increased RANKL in osteoblasts but decreased it in MSCs": a sentence that states both directions
 * for one pair says each holds under its own condition, so neither can contradict the review (the one
 * that agrees with it still agrees). So does one that denies any effect and states one ("TNF-α did not
 * affect MSC migration at 24 h but increased it at 48 h"): the denial holds only where it is said to.
 */
function bothWaysAgreementOnly(claims: readonly ExtractedClaim[]): void {
  const direction = (c: ExtractedClaim): number => (c.negated ? -c.sign : c.sign);
  // ("LPS pretreatment inhibits LPS-induced MSC apoptosis": the compound only describes the object the verb
  // acts on; it is no second statement of the pair under another condition.)
  const describesObject = (c: ExtractedClaim, d: ExtractedClaim): boolean => [c, d].some((x) => x.rule === 'compound-modifier') && c.objectSpan !== undefined && d.objectSpan !== undefined && c.objectSpan.start === d.objectSpan.start && c.objectSpan.end === d.objectSpan.end;
  const samePair = (c: ExtractedClaim, d: ExtractedClaim): boolean => d !== c && d.kind === 'interaction' && d.subject === c.subject && d.object === c.object && !describesObject(c, d);
  for (const c of claims) {
    if (c.kind !== 'interaction' || c.object === undefined) continue;
    if (c.sign !== 0 && claims.some((d) => samePair(c, d) && d.sign !== 0 && direction(d) === -direction(c))) c.agreementOnly = true;
    if (c.sign === 0 && c.negated && claims.some((d) => samePair(c, d) && d.sign !== 0 && !d.negated)) c.agreementOnly = true;
  }
}

/** "… give rise to osteoclasts and osteoblasts, respectively": a sentence that pairs its lists in order. */
// linear: one word between boundaries.
const RESPECTIVELY = /\brespectively\b/i;

/**
 * "Osteoblasts, osteoclasts and macrophages originate from HSCs and MSCs": a list of cells said to come from
 * a list of origins pairs them out without saying which with which, so no one pairing can contradict the
 * review (the ones it agrees with still agree).
 */
function crossedLineagesAgreementOnly(text: string, claims: readonly ExtractedClaim[]): void {
  // ("MSCs and macrophages give rise to osteoclasts and osteoblasts, respectively": the pairing is stated.)
  if (RESPECTIVELY.test(text)) return;
  const byCue = new Map<number, ExtractedClaim[]>();
  for (const c of claims) {
    if (c.kind !== 'lineage' || c.cueSpan === undefined) continue;
    const list = byCue.get(c.cueSpan.start) ?? [];
    list.push(c);
    byCue.set(c.cueSpan.start, list);
  }
  for (const list of byCue.values()) {
    const origins = new Set(list.map((c) => c.subject));
    const products = new Set(list.map((c) => c.object));
    if (origins.size > 1 && products.size > 1) for (const c of list) c.agreementOnly = true;
  }
}

/**
 * Claims the sentence itself reports without asserting, as hedged as "may increase": a change it calls
 * not significant ("IL-4 slightly increased NFATc1, but the difference was not significant"), and what
 * comes before its calling something disputed ("X has been reported to promote Y, but this remains
 * controversial").
 */
function hedgeWhatTheSentenceDoubts(text: string, claims: ExtractedClaim[]): void {
  const notSignificant = NOT_SIGNIFICANT.test(text);
  const disputed = DISPUTED.exec(text);
  for (const c of claims) {
    if ((notSignificant && !c.negated) || (disputed && c.subjectSpan.start < disputed.index)) c.hedged = true;
  }
}

/** A sentence that calls what it reports disputed ("… but this remains controversial"). */
// linear: fixed words with one alternation each, no nested repetition.
const DISPUTED = /\b(?:this|which|it|that) (?:remains|remained|is|was) (?:still )?(?:controversial|debated|disputed|contested)\b/i;

/** A rise measured against another treatment's: "above that in …", "beyond those of …", "over the level seen with …". */
// linear: fixed words with one alternation each, no nested repetition.
const ABOVE_ANOTHER = /\b(?:above|beyond|over) (?:that|those|the levels?) (?:in|of|seen|observed|with|induced|caused)\b/i;

/** A measured dose or concentration: "1 ng/mL", "10 μg/ml", "15 mM", "100 U/ml". */
/** The units a measured dose is written in, and the number before them: one source for both patterns below. */
const DOSE_AMOUNT = String.raw`\d+(?:[.,]\d+)?\s?(?:[pnµμm]?g\/m?l|[nµμm]M|U\/ml|IU\/ml)(?![\w/])`;
// linear: a run of digits, one optional fraction, one optional blank, then a fixed alternation of units.
const NUMERIC_DOSE = new RegExp(String.raw`\b${DOSE_AMOUNT}`, 'i');

/** One dose named without a number: "at / in a concentration that …", "at this dose". */
// linear: a fixed alternation of words separated by single runs of blanks; no nesting.
const ONE_DOSE = /\b(?:at|in)\s+(?:a|the|this|that)\s+(?:concentration|dose)\s+(?:which|that)\b|\b(?:at|in)\s+(?:this|that)\s+(?:concentration|dose)\b/i;

/** A sentence that opens by setting its finding against mammals or humans: "Unlike mammals,", "In contrast to humans,". */
// linear: anchored, fixed alternations separated by single runs of blanks; no nesting.
const UNLIKE_MAMMALS = /^\s*(?:unlike|in\s+contrast\s+to|contrary\s+to)\s+(?:(?:in|with)\s+)?(?:mammals|humans|rodents|mice|mammalian\s+\w+|human\s+\w+)\b/i;

/** A culture without its inducing supplements: "without osteogenic medium", "in the absence of differentiation supplements". */
// linear: fixed alternations of words separated by single runs of blanks; no nesting.
const WITHOUT_SUPPLEMENTS = /\b(?:without|absence\s+of)\s+(?:the\s+)?(?:osteogenic|osteoinductive|adipogenic|chondrogenic|differentiation|induction|inductive)\s+(?:medium|media|supplements?|factors?|conditions?|cocktails?)\b/i;

/** A range of doses: "5–5000 pg/ml", "1 to 100 ng/mL", "up to 50 ng/ml". */
// linear: digits, an optional fraction, a fixed separator, digits, then the unit alternation; no nesting.
const DOSE_RANGE = new RegExp(String.raw`(?:\b\d+(?:[.,]\d+)?\s?(?:[–-]|to)\s?|\bup to\s)${DOSE_AMOUNT}`, 'i');

/** A sentence that calls its own finding not significant. */
// linear: alternatives of fixed words with single optional words, no nested repetition.
const NOT_SIGNIFICANT = /\b(?:not (?:statistically )?significant|did not reach (?:statistical )?significance|non-?significant|nonsignificant)\b/i;
