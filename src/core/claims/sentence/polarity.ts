/** Negation and hedging: of a verb group, of a nominal claim, and of the whole sentence frame. */
import { AGAINST_VERBS, AIM_WORDS, FINDING_MEANS_PREPOSITIONS, EFFECT_ADJECTIVES, EXAMINED_EFFECT_NOUNS, NOUN_PHRASE_OPENERS, OBSERVING_VERBS, AUXILIARIES, BE_FORMS, FAILURE_VERBS, FINDING_VERBS, IDEA_NOUNS, INQUIRERS, INQUIRY_VERB_FORMS, INQUIRY_VERBS, HEDGE_VERBS, HEDGE_WORDS, LESSER_ABILITY_WORDS, MODAL_HEDGES, NEGATORS, NOMINAL_DENIALS, OBSERVATION_WORDS, REFUTING_WORDS, REPORT_SOURCES, REPORTED_RESULT_PARTICIPLES, REPORTING_VERBS, REQUIREMENT_ADJECTIVES, RESULT_ADVERBS, SCOPE_FILLER_WORDS, SCOPE_PARTICIPLES, SELECTIVITY_ADVERBS, UNCHANGED_PARTICIPLES, UNCONFIRMED_PARTICIPLES, VERB_GROUP_WORDS } from '../grammar';
import { hasComma, type Tok } from '../tokens';
import type { SentenceView } from './view';
import { isAdverbish, isVerbAt, tokenAtOffset, word } from './words';

export interface Polarity {
  negated: boolean;
  hedged: boolean;
}

/**
 * Where the sentence turns into a question ("whether", "if") or a hedge ("suggest", "possibly"): found
 * once per sentence, so asking for a clause's frame costs nothing however many cues it has.
 */
export function frameBounds(toks: readonly Tok[]): { firstSkip: number; skipEnd: number; firstHedge: number } {
  const n = toks.length;
  let firstSkip = n;
  let skipEnd = n;
  let firstHedge = n;
  const w = (j: number): string => (j >= 0 && j < n ? toks[j].lower : '');
  // "Methods: IL-10 modulates …", "MATERIAL AND METHODS The osteogenic differentiation … was induced by …":
  // a methods section says what was done to cells, not what the authors claim of them.
  if (n > 0 && (((w(0) === 'methods' || w(0) === 'method') && toks[0].post.includes(':')) || (/^materials?$/.test(w(0)) && w(1) === 'and' && w(2) === 'methods'))) {
    return { firstSkip: 0, skipEnd: n, firstHedge: n };
  }
  if (endsAsScopeStatement(toks)) return { firstSkip: 0, skipEnd: n, firstHedge: n };
  const examinedAt = examinedEffectSubject(toks);
  if (examinedAt > 0) return { firstSkip: 0, skipEnd: examinedAt, firstHedge: n };
  for (let j = 0; j < n && firstSkip === n; j++) {
    const x = w(j);
    // "We investigated the role of X in Y", "This review discusses how X controls Y": the study's own
    // question — until it reports what it found ("… and found that Y").
    // ("We identified X as …" reports a finding; "we describe a mechanism by which X …" presupposes one.)
    // ("We were unable to identify any effect of X": a finding, denied; not a question.)
    if (INQUIRY_VERB_FORMS.has(x) && !FINDING_VERBS.has(x) && !/^describe/.test(x) && inquirerBefore(toks, j) && !failedInquiry(w, j) && !reportsFinding(w, j)) {
      firstSkip = j;
      skipEnd = questionEnd(toks, j);
      break;
    }
    // "To investigate how TNF-α influences …" opening the sentence (or after a label such as "AIM:").
    if (x === 'to' && INQUIRY_VERBS.has(w(j + 1)) && (j === 0 || toks[j - 1].post.includes(':'))) {
      firstSkip = j;
      skipEnd = questionEnd(toks, j);
      break;
    }
    // "Contrary to earlier reports that X promotes Y, we found …": the report is refuted, not claimed —
    // up to the comma that closes the phrase.
    if (x === 'contrary' && w(j + 1) === 'to') {
      const end = refutedReportEnd(toks, j + 2);
      if (end > 0) {
        firstSkip = j;
        skipEnd = end;
        break;
      }
    }
    // "These data argue against the idea that X promotes Y", "There is no evidence that X promotes Y",
    // "We did not find that X promotes Y": the that-clause is put aside, not claimed.
    // ("We could not confirm / failed to show that X promotes Y" alike.)
    if (x === 'that' && (refutedIdeaBefore(toks, j) || (FINDING_VERBS.has(w(j - 1)) && (NEGATORS.has(w(j - 2)) || (w(j - 2) === 'to' && FAILURE_VERBS.has(w(j - 3))))))) {
      firstSkip = j;
      skipEnd = clauseEndAfter(toks, j);
      break;
    }
    // ("Previous reports that X promotes Y could not be confirmed": a report or an idea named by a noun, its own
    // predicate denying it, is not claimed either.)
    if (x === 'that' && (REPORT_SOURCES.has(w(j - 1)) || IDEA_NOUNS.has(w(j - 1)))) {
      const denied = unconfirmedAfter(toks, j);
      if (denied > 0) {
        firstSkip = j;
        skipEnd = denied;
        break;
      }
    }
    // "Earlier studies reported that X promotes Y, but our data show the opposite", "X was reported to promote
    // Y; however, this could not be confirmed": a report a later clause turns around is not claimed.
    if (reportOpensAt(w, j) && refutedLater(toks, j)) {
      firstSkip = j;
      skipEnd = clauseEndAfter(toks, j);
      break;
    }
    // "whether", "if", and an indirect question's "how" ("we asked how X affects Y") state nothing.
    // ("We asked whether X inhibits Y and found that it did": the question ends where the finding starts.)
    // ("It was shown … how MSCs influence the cytokines", "we demonstrate how X lowers Y": after a verb of
    // showing, "how" presupposes what it asks about; it is a reported finding.)
    if (x === 'how' && shownBefore(w, j)) continue;
    if (x === 'whether' || x === 'how' || (x === 'if' && w(j - 1) !== 'as' && w(j - 1) !== 'even')) {
      firstSkip = j;
      if (x !== 'if') skipEnd = questionEnd(toks, j);
    }
    // "This study aimed to investigate …", "the aim of the present review was to summarize …", "studies
    // aimed at profiling …": an aim asks, it does not claim.
    else if (INQUIRY_VERBS.has(x) && w(j - 1) === 'to' && aimBefore(toks, j - 2)) firstSkip = j;
    else if (/ing$/.test(x) && w(j - 1) === 'at' && AIM_WORDS.has(w(j - 2))) firstSkip = j;
    // "We hypothesized that X would …": a hypothesis is put to the test, not claimed.
    else if (/^hypothesi[sz]ed?$/.test(x) && w(j + 1) === 'that') firstSkip = j;
    // "These results do not exclude / rule out that X …" (a possibility left open), "Some studies reported
    // that X …" (a report the sentence does not take on): hedges.
    else if (firstHedge === n && x === 'that' && (leftOpen(w, j) || someReport(w, j))) firstHedge = j;
    else if (firstHedge === n && isHedgeCue(x)) firstHedge = j;
  }
  // "We examined X and found results suggesting that …": a hedge in what the study reports still counts.
  for (let j = skipEnd; j < n && firstHedge === n; j++) if (isHedgeCue(w(j))) firstHedge = j;
  return { firstSkip, skipEnd, firstHedge };
}

// linear: an anchored alternation of fixed words.
const SHOWING_FORMS = /^(?:show|shows|showed|shown|demonstrate|demonstrates|demonstrated|reveal|reveals|revealed)$/;

/** A verb of showing before the word at j in its sentence, with no "whether" or "if" between. */
function shownBefore(w: (k: number) => string, j: number): boolean {
  for (let k = j - 1; k >= 0; k--) {
    if (w(k) === 'whether' || w(k) === 'if') return false;
    if (SHOWING_FORMS.test(w(k))) return true;
  }
  return false;
}

/**
 * "Several new therapeutic ideas for regulating inflammation by targeting macrophages are also discussed.":
 * a present-tense passive of discussing that ends the sentence states the review's scope; nothing in it
 * is claimed (the labels' scope reading).
 */
function endsAsScopeStatement(toks: readonly Tok[]): boolean {
  let j = toks.length - 1;
  while (j > 0 && SCOPE_FILLER_WORDS.has(toks[j].lower)) j--;
  if (j < 2 || !SCOPE_PARTICIPLES.has(toks[j].lower)) return false;
  let be = j - 1;
  while (be > 0 && SCOPE_FILLER_WORDS.has(toks[be].lower)) be--;
  if (toks[be].lower !== 'is' && toks[be].lower !== 'are') return false;
  // ("the critical contribution of macrophages to bone repair is reviewed": a part called critical is
  // asserted by the statement that reviews it.)
  for (let k = 0; k < be; k++) if (REQUIREMENT_ADJECTIVES.has(toks[k].lower)) return false;
  return true;
}

/**
 * "The effects of hWJ-MSC on innate immunity, represented by …, were examined using flow cytometry": a
 * sentence whose subject is an effect of one term on another and whose first verb is a passive of inquiry
 * names what was studied, however long the subject; up to that verb nothing is claimed. Returns the verb's
 * index, or 0.
 */
function examinedEffectSubject(toks: readonly Tok[]): number {
  const w = (j: number): string => (j >= 0 && j < toks.length ? toks[j].lower : '');
  // (Past a short opening phrase set off by its comma: "In the present study, the effects of X on Y were
  // examined".)
  let s = openingPhraseEnd(toks);
  if (!NOUN_PHRASE_OPENERS.has(w(s))) return 0;
  s++;
  // ("In this review, the regulatory effects of X on Y are summarized from four angles": with an adjective
  // that gives the effect no direction, only a review's present-tense statement of scope; "the biphasic
  // effects of X on Y were studied" takes an effect as known.)
  const described = EFFECT_ADJECTIVES[w(s)] === 0;
  if (described) s++;
  if (!EXAMINED_EFFECT_NOUNS.has(w(s)) || w(s + 1) !== 'of') return 0;
  for (let j = s + 2; j < toks.length; j++) {
    if (!BE_FORMS.has(w(j))) continue;
    let p = j + 1;
    while (p < toks.length && (w(p) === 'been' || /ly$/.test(w(p)))) p++;
    if (described) return SCOPE_PARTICIPLES.has(w(p)) && (w(j) === 'is' || w(j) === 'are') ? p : 0;
    return INQUIRY_VERB_FORMS.has(w(p)) && /ed$/.test(w(p)) ? p : 0;
  }
  return 0;
}

/** Words an opening phrase before a sentence's subject may have ("In the present study,", "Here,"). */
const OPENING_PHRASE_REACH = 5;

/** The index after a short opening phrase closed by a comma, or 0. */
function openingPhraseEnd(toks: readonly Tok[]): number {
  for (let j = 0; j < OPENING_PHRASE_REACH && j < toks.length - 1; j++) if (hasComma(toks[j])) return j + 1;
  return 0;
}

/** "Some studies (have) reported that X …": only some sources say it, and the sentence reports them without taking a side. */
function someReport(w: (j: number) => string, j: number): boolean {
  for (let k = j - 2; k >= j - 4 && k >= 0; k--) if (w(k) === 'some' && REPORT_SOURCES.has(w(k + 1))) return true;
  return false;
}

/** "do not exclude that", "cannot rule out that": a negated exclusion ending at the "that" at j. */
function leftOpen(w: (j: number) => string, j: number): boolean {
  const verb = w(j - 1) === 'out' && /^rul/.test(w(j - 2)) ? j - 2 : /^exclud/.test(w(j - 1)) ? j - 1 : -1;
  if (verb < 0) return false;
  for (let k = verb - 1; k >= verb - 3 && k >= 0; k--) if (NEGATORS.has(w(k)) || w(k) === 'cannot') return true;
  return false;
}

/** "unable to identify", "failed to detect": the verb of inquiry at j denied by a failure verb — a finding, not a question. */
/** Most words of a phrase of means between an inquiry verb and its "that" ("determined through the knockout mice that"). */
const MEANS_BEFORE_THAT_REACH = 6;

/**
 * "We determined that X …", "we determine through the knockout cells that X …": a verb of inquiry with a
 * that-clause reports what the inquiry found; it asks nothing.
 */
function reportsFinding(w: (j: number) => string, j: number): boolean {
  if (w(j + 1) === 'that') return true;
  if (!FINDING_MEANS_PREPOSITIONS.has(w(j + 1))) return false;
  for (let k = j + 2; k <= j + 1 + MEANS_BEFORE_THAT_REACH; k++) if (w(k) === 'that') return true;
  return false;
}

export function failedInquiry(w: (j: number) => string, j: number): boolean {
  return w(j - 1) === 'to' && FAILURE_VERBS.has(w(j - 2));
}

function isHedgeCue(x: string): boolean {
  return HEDGE_VERBS.has(x) || HEDGE_WORDS.has(x) || x === 'possible' || x === 'unclear' || x === 'unknown' || x === 'hypothesis';
}

/** "against the idea that", "no evidence that" ending at the "that" at j. */
function refutedIdeaBefore(toks: readonly Tok[], j: number): boolean {
  const noun = toks[j - 1]?.lower ?? '';
  if (!IDEA_NOUNS.has(noun)) return false;
  const before = toks[j - 2]?.lower ?? '';
  return before === 'no' || ((before === 'the' || before === 'this') && toks[j - 3]?.lower === 'against');
}

/** The token after the comma or semicolon that closes the clause from j, or the sentence's end. */
function clauseEndAfter(toks: readonly Tok[], j: number): number {
  for (let k = j + 1; k < toks.length; k++) if (hasComma(toks[k]) || toks[k].post.includes(';')) return k + 1;
  return toks.length;
}

/** "reported that", "believed that", "was shown to": the word at j opens a reported finding. */
function reportOpensAt(w: (j: number) => string, j: number): boolean {
  const verb = w(j - 1);
  const reports = REPORTING_VERBS.has(verb) || HEDGE_VERBS.has(verb) || FINDING_VERBS.has(verb);
  if (w(j) === 'that') return reports;
  return w(j) === 'to' && reports && BE_FORMS.has(w(j - 2));
}

/**
 * A later clause that turns the report at j around: "…, but our results show the opposite", "…; however,
 * we found otherwise", "…, but this was not confirmed / could not be reproduced".
 */
function refutedLater(toks: readonly Tok[], j: number): boolean {
  let nextClause = false;
  // ("…, whereas IL-10 showed the opposite effect": another actor's opposite is a comparison, not a refutation.)
  let otherActor = false;
  for (let k = j + 1; k < toks.length; k++) {
    if (!nextClause) {
      nextClause = hasComma(toks[k]) || toks[k].post.includes(';');
      continue;
    }
    if (toks[k].ent !== undefined) otherActor = true;
    if (otherActor) continue;
    const x = toks[k].lower;
    const before = toks[k - 1].lower;
    if (REFUTING_WORDS.has(x) && (findsAt(toks, k - 1) || (before === 'the' && findsAt(toks, k - 2)))) return true;
    if (UNCONFIRMED_PARTICIPLES.has(x) && (NEGATORS.has(before) || (before === 'be' && NEGATORS.has(toks[k - 2]?.lower ?? '')))) return true;
  }
  return false;
}

/** The token of a denied participle of confirming after j ("… could not be confirmed", "was not reproduced"), or -1. */
function unconfirmedAfter(toks: readonly Tok[], j: number): number {
  for (let k = j + 2; k < toks.length; k++) {
    const before = toks[k - 1].lower;
    if (UNCONFIRMED_PARTICIPLES.has(toks[k].lower) && (NEGATORS.has(before) || (before === 'be' && NEGATORS.has(toks[k - 2]?.lower ?? '')))) return k;
  }
  return -1;
}

/** Is the word at k a verb of finding or observing ("show", "found", "observed")? */
function findsAt(toks: readonly Tok[], k: number): boolean {
  const w = toks[k]?.lower ?? '';
  return FINDING_VERBS.has(w) || OBSERVING_VERBS.has(w);
}

/** Words between "contrary to" and the "that" of the report it refutes ("contrary to several earlier reports that"). */
const REFUTED_REPORT_REACH = 6;

/** After "contrary to" at `from`: the token after the comma closing a "… that …" report, or -1. */
function refutedReportEnd(toks: readonly Tok[], from: number): number {
  let that = -1;
  for (let k = from; k < toks.length && k < from + REFUTED_REPORT_REACH; k++) {
    if (hasComma(toks[k])) return -1;
    if (toks[k].lower === 'that') { that = k; break; }
  }
  if (that < 0) return -1;
  for (let k = that + 1; k < toks.length; k++) if (hasComma(toks[k]) || toks[k].post.includes(';')) return k + 1;
  return -1;
}

/** Where a study's question ends: at a finding verb ("… and found that"), "the result that" or a semicolon, else the sentence's end. */
function questionEnd(toks: readonly Tok[], j: number): number {
  for (let k = j + 1; k < toks.length; k++) {
    if (FINDING_VERBS.has(toks[k].lower)) return k;
    // ("We asked whether X inhibits Y, with the result that it did": the answer follows.)
    if (toks[k].lower === 'that' && toks[k - 1].lower === 'result') return k;
    if (toks[k].post.includes(';')) return k + 1;
  }
  return toks.length;
}

/** Words between an inquirer and its verb ("we have recently investigated", "this study further examined"). */
const INQUIRER_REACH = 3;

/** An inquirer ("we", "this study") at most INQUIRER_REACH words before `j`, with no comma between. */
function inquirerBefore(toks: readonly Tok[], j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - INQUIRER_REACH; k--) {
    if (hasComma(toks[k])) return false;
    if (INQUIRERS.has(toks[k].lower)) return true;
  }
  return false;
}

/** Words between an aim word and its "to" ("the aim of the present systematic review was to"). */
const AIM_REACH = 8;

/** An aim word at most AIM_REACH words back from `from`, in the same clause (no comma crossed). */
function aimBefore(toks: readonly Tok[], from: number): boolean {
  for (let j = from; j >= 0 && j > from - AIM_REACH; j--) {
    if (AIM_WORDS.has(toks[j].lower)) return true;
    if (j < from && hasComma(toks[j])) return false;
  }
  return false;
}

/** Hedges and "whether"/"if" earlier in the sentence govern every clause after them. */
export function sentenceFrame(v: SentenceView, at: number): { skip: boolean; hedged: boolean } {
  return { skip: v.firstSkip < at && at < v.skipEnd, hedged: v.firstHedge < at };
}

/** The frame at a character of the sentence (for rules that read patterns over the text, not tokens). */
export function sentenceFrameAtChar(v: SentenceView, char: number): { skip: boolean; hedged: boolean } {
  // (A character between two tokens belongs to the next one: a cue found with the blank before it.)
  const at = tokenAtOffset(v, char);
  return sentenceFrame(v, v.n > 0 && v.toks[at].oend <= char ? at + 1 : at);
}

/** Words of a verb group: auxiliaries, modals, negation, adverbs, "fail to", "appear to". */
export function inVerbGroup(v: SentenceView, j: number): boolean {
  const w = word(v, j);
  // compromise splits "cannot" into "cannot" and an empty negative term: both belong to the group.
  if (w === '' && v.toks[j].tags.has('Negative')) return true;
  return AUXILIARIES.has(w) || NEGATORS.has(w) || FAILURE_VERBS.has(w) || HEDGE_WORDS.has(w) || HEDGE_VERBS.has(w) || MODAL_HEDGES.has(w)
    || isAdverbish(v, j) || VERB_GROUP_WORDS.has(w);
}

/**
 * Negation and hedging of one verb: only its own verb group counts, so "X is not conducive to Y,
 * as it can damage Z" does not negate "damage".
 */
export function polarity(v: SentenceView, from: number, to: number): Polarity {
  let negated = false;
  let hedged = false;
  let start = to;
  while (start - 1 >= Math.max(0, from) && inVerbGroup(v, start - 1) && !hasComma(v.toks[start - 1])) start--;
  for (let j = start; j < to; j++) {
    const w = word(v, j);
    if ((w === 'not' || w === "n't") && word(v, j + 1) === 'only') continue;
    // ("did not preferentially target any subset": a denied preference, not a denied effect.)
    if ((w === 'not' || w === "n't") && SELECTIVITY_ADVERBS.has(word(v, j + 1))) continue;
    if (NEGATORS.has(w) || (FAILURE_VERBS.has(w) && (word(v, j + 1) === 'to' || w === 'unable'))) negated = !negated;
    if (w === 'no' && word(v, j + 1) === 'longer') continue;
    if (HEDGE_WORDS.has(w) || (MODAL_HEDGES.has(w) && !reportedAbility(v, w, j + 1, to))) hedged = true;
    // "were less able to support …": a comparison with another actor, not a claim of its own.
    if (LESSER_ABILITY_WORDS.has(w) && word(v, j - 1) === 'less') hedged = true;
  }
  // ("was unaffected by X": the cue itself denies.)
  if (UNCHANGED_PARTICIPLES.has(word(v, to))) negated = !negated;
  return { negated, hedged };
}

/**
 * "could" as the past of "can", reporting what was found rather than hedging: with an adverb of measured
 * size in the same verb group ("X could significantly decrease Y"); denied ("X could not rescue Y": it
 * failed to); in a finding ("we found / showed that X could decrease Y"); or an effect an experiment acted
 * on ("this effect could be reversed by blocking X"). "X could decrease Y" alone stays a hedge.
 */
function reportedAbility(v: SentenceView, modal: string, from: number, to: number): boolean {
  if (modal !== 'could') return false;
  for (let j = from; j < to; j++) if (RESULT_ADVERBS.has(word(v, j)) || word(v, j) === 'not' || word(v, j) === "n't") return true;
  if (word(v, from) === 'be' && REPORTED_RESULT_PARTICIPLES.has(word(v, to)) && word(v, to + 1) === 'by') return true;
  return foundThatBefore(v, from - 1);
}

/** "… showed that X could …": a finding verb and "that" earlier in the sentence, with no hedge between. */
function foundThatBefore(v: SentenceView, modalAt: number): boolean {
  for (let j = modalAt - 1; j > 0; j--) {
    const w = word(v, j);
    if (HEDGE_VERBS.has(w) || HEDGE_WORDS.has(w) || MODAL_HEDGES.has(w)) return false;
    if (w === 'that' && FINDING_VERBS.has(word(v, j - 1))) return true;
  }
  return false;
}

/** Negation of a nominal claim: "no inhibition of …", "… was not observed", "absence of …-induced …". */
export function nominalPolarity(v: SentenceView, from: number, to: number): Polarity {
  let negated = false;
  let hedged = false;
  for (let j = Math.max(0, from - 3); j < from; j++) {
    const w = word(v, j);
    if (NOMINAL_DENIALS.has(w)) negated = true;
    // "these results argue against a role for X in Y"
    if (AGAINST_VERBS.has(w) && word(v, j + 1) === 'against') negated = true;
    // "we were unable to identify / failed to detect any effect of X on Y"
    if (FAILURE_VERBS.has(w) && word(v, j + 1) === 'to') negated = true;
    if (MODAL_HEDGES.has(w) || HEDGE_WORDS.has(w)) hedged = true;
  }
  // ("we did not detect / never observed any proliferative effect of X on Y": a denied verb of observing
  // a few words before.)
  for (let j = Math.max(0, from - 4); j < from - 1; j++) {
    if (/^(?:not|n't|never)$/.test(word(v, j)) && OBSERVING_VERBS.has(word(v, j + 1))) negated = true;
  }
  for (let j = to + 1; j < Math.min(v.n, to + 6); j++) {
    if (word(v, j) === 'not' || word(v, j) === 'never') {
      if (OBSERVATION_WORDS.has(word(v, j + 1)) || word(v, j + 1) === 'be') negated = true;
    }
    if (MODAL_HEDGES.has(word(v, j))) hedged = true;
  }
  return { negated, hedged };
}

/** "Neither X nor Y promotes …": the group's terms are denied by the word before them. */
export function deniedByNeither(v: SentenceView, first: number): boolean {
  return word(v, first - 1) === 'neither';
}

/** How far after a phrase a passive verb of inquiry is looked for (inquiredAfter). */
const INQUIRY_REACH = 8;

/** "… was evaluated", "… were examined in vitro", "… are discussed": a passive verb of inquiry right after a phrase makes it the topic, not a finding. */
export function inquiredAfter(v: SentenceView, k: number): boolean {
  let reach = k + INQUIRY_REACH;
  for (let j = k; j < v.n && j < reach; j++) {
    const w = word(v, j);
    if (BE_FORMS.has(w) || (/^(has|have|had)$/.test(w) && word(v, j + 1) === 'been')) {
      // ("… have been investigated", "… has recently been examined")
      let p = j + 1;
      while (p < v.n && (isAdverbish(v, p) || word(v, p) === 'been')) p++;
      return INQUIRY_VERB_FORMS.has(word(v, p)) && /ed$|ied$/.test(word(v, p));
    }
    // ("The effects of X on inflammation, histology, and polarization were evaluated": the phrase's target may
    // open a list of nouns; each comma before a further noun, or before "and", lengthens the reach.)
    if (hasComma(v.toks[j]) && listGoesOn(v, j + 1) && reach < k + INQUIRY_REACH + LIST_REACH) {
      reach += 3;
      continue;
    }
    if (hasComma(v.toks[j]) || isVerbAt(v, j)) return false;
  }
  return false;
}

/** How far the commas of a list may lengthen inquiredAfter's reach. */
const LIST_REACH = 9;

/** Does a list go on at j: "and" or "or", or a plain noun or a term before which no verb stands? */
function listGoesOn(v: SentenceView, j: number): boolean {
  const w = word(v, j);
  const t = v.toks[j];
  return w === 'and' || w === 'or' || (t !== undefined && (t.ent !== undefined || (t.tags.has('Noun') && !t.tags.has('Pronoun'))) && !isVerbAt(v, j));
}
