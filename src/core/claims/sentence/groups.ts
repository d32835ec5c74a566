/**
 * Entity groups: coordinated or listed terms that act or are acted on together ("IL-1β, IL-6 and
 * TNF-α", "CXCL3/CXCL6/CXCL14", "both X and Y", "X as well as Y").
 */
import { BE_FORMS, DETERMINERS, MEASURE_NOUNS, NOUN_MODIFIERS, PREPOSITIONS, RATIO_NOUNS, RECEIVING_WORDS, SCAFFOLD_NOUNS, SHOWN_AMOUNTS } from '../grammar';
import { endsClause, hasComma } from '../tokens';
import type { SentenceView } from './view';
import { isEnt, isHyphenPart, isParticipleAdjective, isPlainNoun, isVerbAt, mentionOf, pastAdverbs, pastDoses, pastParenthesis, verbAfter, word } from './words';

export interface Group {
  first: number;
  last: number;
  ents: number[];
}

export function single(i: number): Group {
  return { first: i, last: i, ents: [i] };
}

/** A slash standing as a token of its own between two terms. */
function isSlash(v: SentenceView, i: number): boolean {
  return i >= 0 && i < v.n && v.toks[i].text === '/';
}

/**
 * "the ratio of iNOS+/CD206+ macrophages", "the iNOS/CD206 ratio": the slash between a ratio's two terms
 * (the first at `first`, the second at `second`) divides, it does not list — what changes the ratio
 * changes the second term the other way, so the second is no member of the first's group.
 */
function dividesRatio(v: SentenceView, first: number, second: number): boolean {
  const before = DETERMINERS.has(word(v, first - 1)) ? first - 2 : first - 1;
  if (word(v, before) === 'of' && RATIO_NOUNS.has(word(v, before - 1))) return true;
  return RATIO_NOUNS.has(word(v, second + 1));
}

/** Length of a coordinator starting at i ("and", "or", "and both", "as well as"), 0 when none. */
export function coordinatorAt(v: SentenceView, i: number): number {
  const w = word(v, i);
  if (w === 'nor') return 1;
  if (w === 'and' || w === 'or' || w === 'plus' || w === '&' || w === 'and/or' || isPlusSign(v, i)) return word(v, i + 1) === 'both' ? 2 : 1;
  if (w === 'as' && word(v, i + 1) === 'well' && word(v, i + 2) === 'as') return 3;
  if (w === 'but' && word(v, i + 1) === 'also' && notOnlyBefore(v, i)) return 2;
  return 0;
}

/** A plus sign standing alone between two terms ("IL-4 + IL-13"): its word is empty, its text the sign. */
function isPlusSign(v: SentenceView, i: number): boolean {
  return word(v, i) === '' && v.toks[i]?.text.trim() === '+';
}

/** "Not only MSCs but also macrophages …": "not only" shortly before the "but" at i, making "but also" a coordinator. */
function notOnlyBefore(v: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 6; k--) if (word(v, k) === 'only' && word(v, k - 1) === 'not') return true;
  return false;
}

/** "osteocalcin expression and ALP activity": the next member after a measure noun and a coordinator, or -1. */
function measuredMemberAfter(v: SentenceView, j: number): number {
  let m = j + 1;
  while (m <= j + 2 && MEASURE_NOUNS.has(word(v, m)) && v.toks[m]?.ent === undefined && !hasComma(v.toks[m - 1])) m++;
  if (m === j + 1 || hasComma(v.toks[m - 1])) return -1;
  const coord = coordinatorAt(v, m);
  const k = m + coord;
  return coord > 0 && isEnt(v, k) && !verbAfter(v, k) ? k : -1;
}

/** "IL-6 expression and TNF-α levels": the member before a measure noun and a coordinator ending before j, or -1. */
function measuredMemberBefore(v: SentenceView, j: number): number {
  const coord = coordinatorEndingAt(v, j - 1);
  const m = j - 1 - coord;
  if (coord === 0 || m < 1 || !MEASURE_NOUNS.has(word(v, m)) || v.toks[m].ent !== undefined) return -1;
  if (!isEnt(v, m - 1) || hasComma(v.toks[m - 1]) || hasComma(v.toks[m])) return -1;
  // ("IL-4 inhibited NFATc1 expression and RANKL induced …": the left member is an earlier verb's object.)
  for (let x = m - 2; x >= 0 && !endsClause(v.toks[x]); x--) if (isVerbAt(v, x)) return -1;
  return m - 1;
}

/** Length of a coordinator ending at i, 0 when none. */
export function coordinatorEndingAt(v: SentenceView, i: number): number {
  const w = word(v, i);
  if (w === 'nor') return 1;
  if (w === 'and' || w === 'or' || w === 'plus' || w === '&' || w === 'and/or' || isPlusSign(v, i)) return 1;
  if (w === 'as' && word(v, i - 1) === 'well' && word(v, i - 2) === 'as') return 3;
  if (w === 'also' && word(v, i - 1) === 'but' && notOnlyBefore(v, i - 1)) return 2;
  return 0;
}

/** Words a described member may carry between its determiner and its term ("and the cytokine TNF-α"). */
const DESCRIPTION_WORDS = 3;

/** A word of a short description: an adjective, a participle, or a plain noun ("a rising ambient", "the cytokine"). */
function isDescriptionWord(v: SentenceView, i: number): boolean {
  const t = v.toks[i];
  return t !== undefined && t.ent === undefined && !hasComma(t) && !endsClause(t)
    && (t.tags.has('Adjective') || isParticipleAdjective(v, i) || /ing$/.test(t.lower) || (t.tags.has('Noun') && !t.tags.has('Pronoun')));
}

/** A word of a compound modifier ("late-stage"), a word that only qualifies ("human"), or a plain adjective that is no verb form ("early"). */
function isBareModifier(v: SentenceView, i: number): boolean {
  const t = v.toks[i];
  if (t === undefined || t.ent !== undefined || hasComma(t) || endsClause(t)) return false;
  if (PREPOSITIONS.has(t.lower)) return false; // ("… and in macrophages": a new phrase, not a member)
  // ("lower TNF-α and higher IL-10": an amount compared is the member's own change, read on its own.)
  if (SHOWN_AMOUNTS[t.lower] !== undefined) return false;
  return isHyphenPart(v, i) || NOUN_MODIFIERS.has(t.lower) || (t.tags.has('Adjective') && !t.tags.has('Verb') && !/(ed|ing)$/.test(t.lower));
}

/**
 * "the cytokine TNF-α", "a rising ambient Ca2+" starting at the determiner k, or "late-stage osteoblast
 * differentiation" with no determiner but a bare modifier: the term's token, or -1.
 */
function describedMemberAt(v: SentenceView, k: number): number {
  let i = k;
  // ("IL-6 is produced by osteocytes and that IL-6 may affect …": after "and", "that" opens a clause.)
  if (word(v, k) === 'that') return -1;
  // ("lower TNF-α and more IL-10": "more" is the member's own change, not its article.)
  if (SHOWN_AMOUNTS[word(v, k)] !== undefined) return -1;
  if (DETERMINERS.has(word(v, k))) {
    i = k + 1;
    while (i <= k + DESCRIPTION_WORDS && isDescriptionWord(v, i)) i++;
  } else {
    while (i < k + DESCRIPTION_WORDS && isBareModifier(v, i)) i++;
    if (i === k) return -1;
  }
  return isEnt(v, i) ? i : -1;
}

/** Where the description of term i starts (its determiner, or its first bare modifier), or i itself when it has none. */
function describedMemberStart(v: SentenceView, i: number): number {
  let k = i - 1;
  while (k >= i - DESCRIPTION_WORDS && isDescriptionWord(v, k)) k--;
  if (k >= 0 && DETERMINERS.has(word(v, k))) return k;
  let b = i - 1;
  while (b >= i - DESCRIPTION_WORDS && isBareModifier(v, b)) b--;
  return b + 1;
}

/**
 * "IL-1β pretreatment", "LPS preconditioning", "M2 macrophage co-culture": a treatment term right after
 * another term applies it — both act, as a group.
 */
function appliesTreatment(v: SentenceView, j: number): boolean {
  return isEnt(v, j) && isEnt(v, j + 1) && v.toks[j].post.trim() === '' && mentionOf(v, j + 1).type === 'treatment' && mentionOf(v, j).type !== 'treatment';
}

/** The group extending rightwards from entity token i, as far as coordination goes. */
/** Most tokens of a parenthesis of figures after a member ("(-79%)", "(P < 0.01)"). */
const FIGURES_REACH = 6;

/**
 * "OPG (-60%)": when a parenthesis holding only figures (numbers, percentages, signs, "p", and "vs" between two
 * means: "MMP-9 (5.8 vs 9.7, P < .05)") follows the token at j, its last token; j otherwise.
 */
export function pastFigures(v: SentenceView, j: number): number {
  const end = pastParenthesis(v, j + 1, FIGURES_REACH);
  if (end <= j + 1) return j;
  for (let k = j + 1; k < end; k++) {
    const t = v.toks[k];
    if (t.ent !== undefined || !(t.tags.has('Value') || /^(p|n|r|vs\.?|versus)?$/.test(t.lower) || /^[\d.,%±<>=−-]+$/.test(t.text.replace(/[()\s]/g, '')))) return j;
  }
  return end - 1;
}

export function groupRightRaw(v: SentenceView, i: number): Group {
  const { toks } = v;
  const g = single(i);
  let j = i;
  const pending: number[] = [];
  // Has a member joined by a coordinator closed the list so far?
  let closed = false;
  for (;;) {
    // ("anti-TNF (-79%) and OPG (-60%)": a parenthesis of figures after a member is no break in the list.)
    j = pastFigures(v, j);
    if (appliesTreatment(v, j)) { g.ents.push(j + 1); g.last = j + 1; j++; continue; }
    // ("IL-4+IL-13", "M-CSF + RANKL": a combination given together.)
    if (toks[j].post.trim() === '+' && isEnt(v, j + 1)) { g.ents.push(j + 1); g.last = j + 1; j++; continue; }
    // ("M-CSF (25 ng/ml)+RANKL (50 ng/ml)": each with its dose.)
    const dosed = pastDoses(v, j + 1);
    if (dosed > j + 1 && toks[dosed - 1].post.trim().endsWith('+') && isEnt(v, dosed)) { g.ents.push(dosed); g.last = dosed; j = dosed; continue; }
    if (toks[j].post.trim() === '/' && isEnt(v, j + 1)) { if (dividesRatio(v, j, j + 1)) { g.last = j + 1; break; } g.ents.push(j + 1); g.last = j + 1; j++; continue; } // "CXCL3/CXCL6/CXCL14"
    if (isSlash(v, j + 1) && isEnt(v, j + 2)) { if (dividesRatio(v, j, j + 2)) { g.last = j + 2; break; } g.ents.push(j + 2); g.last = j + 2; j += 2; continue; }
    if (hasComma(toks[j]) && isEnt(v, j + 1)) { pending.push(j + 1); j++; continue; }
    // ("ALP, collagen, osteopontin and decorin": a listed word the lexicon has no term for stands in the list.)
    if (hasComma(toks[j]) && plainListMember(v, j + 1)) {
      if (hasComma(toks[j + 1]) && isEnt(v, j + 2)) { pending.push(j + 2); j += 2; continue; }
      const last = j + 2 + coordinatorAt(v, j + 2);
      if (last > j + 2 && isEnt(v, last) && !verbAfter(v, last)) { g.ents.push(...pending, last); pending.length = 0; j = last; g.last = last; continue; }
    }
    // ("TNF-α, IL-1β, interleukin 12 p40, inducible nitric oxide synthase and IL-6": past listed names of a
    // few words the lexicon has no term for.)
    const past = hasComma(toks[j]) ? termPastListedNames(v, j + 1) : undefined;
    if (past !== undefined && past.coordinated && !verbAfter(v, past.term)) { g.ents.push(...pending, past.term); pending.length = 0; j = past.term; g.last = j; continue; }
    if (past !== undefined && !past.coordinated) { pending.push(past.term); j = past.term; continue; }
    // "osteocalcin expression and ALP activity": a member may be named with what is measured of it.
    const measuredNext = measuredMemberAfter(v, j);
    if (measuredNext >= 0) { g.ents.push(...pending, measuredNext); pending.length = 0; j = measuredNext; g.last = j; continue; }
    // ("raised Th17 cell numbers in bone marrow and IL-17 levels in blood": members each placed by the same preposition.)
    const placed = parallelPlacedMember(v, j);
    if (placed >= 0) { g.ents.push(...pending, placed); pending.length = 0; j = placed; g.last = j; continue; }
    const coord = coordinatorAt(v, j + 1);
    // "IL-6 and the cytokine TNF-α": a member may come with a short description.
    const k = coord === 0 ? -1 : isEnt(v, j + 1 + coord) ? j + 1 + coord : describedMemberAt(v, j + 1 + coord);
    if (k >= 0) {
      // "… NFATc1 and TNF-α promotes …": a new clause — but not a form of "be" after a list that a
      // preposition opened ("the effects of X on A and B were shown": the phrase's own verb).
      // (Nor after a verb of giving, which opens such a phrase too: "in mice given A and B was lower".)
      // ("given both A and B": past the word that pairs them.)
      const opener = word(v, g.first - 1) === 'both' ? word(v, g.first - 2) : word(v, g.first - 1);
      const opened = PREPOSITIONS.has(opener) || RECEIVING_WORDS.has(opener);
      if (verbAfter(v, k) && !hasComma(toks[k]) && !(opened && BE_FORMS.has(word(v, pastAdverbs(v, k + 1))))) break;
      // ("induced by LPS, IFN-γ and GM-CSF, and IL-4, IL-13 and M-CSF induce M2 cells": after a list closed by
      // its coordinator, ", and" and a list of its own ending in a verb open the next clause.)
      if (closed && hasComma(toks[j]) && listWithVerbAt(v, k)) break;
      closed = true;
      g.ents.push(...pending, k);
      pending.length = 0;
      j = k;
      g.last = k;
      continue;
    }
    // ("ALP, osteopontin and decorin": the list ends in a word the lexicon has no term for; "hypoxia, LPS, or
    // other factors": or in others of their kind.)
    const closer = j + 1 + coord;
    if (pending.length > 0 && coord > 0 && (plainListMember(v, closer) || closedByOthers(v, j)) && !verbAfter(v, closer)) { g.ents.push(...pending); g.last = pending[pending.length - 1]; }
    break;
  }
  return g;
}

/** Most plain words of the place a member is put in ("in (peripheral) (bone) marrow"). */
const PLACE_REACH = 4;

/** Past scaffold nouns after a term ("IL-17 levels", "Th17 cell populations"): the next index. */
function pastScaffold(v: SentenceView, k: number): number {
  let j = k;
  while (j < v.n && SCAFFOLD_NOUNS.has(word(v, j)) && v.toks[j].ent === undefined && !hasComma(v.toks[j - 1])) j++;
  return j;
}

/**
 * "IL-6 in bone marrow and IL-17 in blood": after the member at j and a place that names no term, a coordinator,
 * then a term put in a place by the same preposition; that term's index, or -1. (A term is one token, however
 * many words it spans: "Th17 cell" is one placeholder.)
 */
function parallelPlacedMember(v: SentenceView, j: number): number {
  const p = pastScaffold(v, j + 1);
  const preposition = word(v, p);
  if (!/^(in|within|at)$/.test(preposition) || hasComma(v.toks[p - 1])) return -1;
  for (let q = p + 1; q < v.n && q <= p + PLACE_REACH; q++) {
    const t = v.toks[q];
    if (t.ent !== undefined || isVerbAt(v, q) || PREPOSITIONS.has(word(v, q)) || endsClause(t) || hasComma(t)) return -1;
    const coord = coordinatorAt(v, q + 1);
    if (coord > 0) {
      const k = q + 1 + coord;
      return isEnt(v, k) && word(v, pastScaffold(v, k + 1)) === preposition ? k : -1;
    }
  }
  return -1;
}

/** From the term at k: a list of two or more terms ("IL-4, IL-13 and M-CSF") followed by its own verb? */
function listWithVerbAt(v: SentenceView, k: number): boolean {
  let m = k;
  let members = 1;
  for (;;) {
    if (hasComma(v.toks[m]) && isEnt(v, m + 1)) { m++; members++; continue; }
    const coord = coordinatorAt(v, m + 1);
    if (coord > 0 && !hasComma(v.toks[m]) && isEnt(v, m + 1 + coord)) { m += 1 + coord; members++; continue; }
    break;
  }
  return members > 1 && !hasComma(v.toks[m]) && verbAfter(v, m);
}

/** Group to the right of entity token i (an object): stops before a member that starts a new clause. */
export function groupRight(v: SentenceView, i: number): Group {
  const { toks, n } = v;
  const g = groupRightRaw(v, i);
  // "… promote X, IL-1β, IL-6 and TNF-α from M1 cells inhibit it": a comma list followed by its own verb
  // is the next clause's subject, not more objects.
  const firstComma = g.ents.findIndex((_e, k) => k > 0 && hasComma(toks[g.ents[k - 1]]));
  if (firstComma > 0) {
    for (let k = g.last + 1; k < Math.min(n, g.last + 7); k++) {
      if (hasComma(toks[k - 1]) || endsClause(toks[k - 1])) break;
      // ("… and osteocalcin as assessed by immunoblotting": a verb after "as" or a preposition is no clause's own.)
      if (isVerbAt(v, k) && !(v.nlp.isParticiple(word(v, k)) && word(v, k + 1) === 'by') && !PREPOSITIONS.has(word(v, k - 1)) && word(v, k - 1) !== 'as') {
        const ents = g.ents.slice(0, firstComma);
        return { first: g.first, last: ents[ents.length - 1], ents };
      }
    }
  }
  return g;
}

/**
 * "IL-4 inhibited NFATc1, and IL-6 induced RANKL": after "X, and", a member followed by its own verb starts
 * a new clause when X is the object of an earlier verb (a listed subject, "IL-1β, IL-6, and TNF-α induce …",
 * has no verb before it).
 */
function opensClauseAfter(v: SentenceView, left: number, last: number): boolean {
  if (!hasComma(v.toks[left]) || !verbAfter(v, last)) return false;
  for (let x = left - 1; x >= 0 && !endsClause(v.toks[x]); x--) if (isVerbAt(v, x)) return true;
  return false;
}

/**
 * "the ratio of iNOS+/CD206+ macrophages was decreased": reached from a ratio's second term, the group is its
 * first term — the second changes the other way — though it still spans the second, so that no reading
 * takes the second as a term of its own.
 */
function ratioNumerator(numerator: number, g: Group): Group {
  return { first: numerator, last: g.last, ents: [numerator, ...g.ents.slice(1)] };
}

/** Group to the left of entity token i (a subject or patient). */
export function groupLeft(v: SentenceView, i: number): Group {
  const { toks } = v;
  const g = single(i);
  let j = i;
  // ("IL-4, IFN-β, leukemia inhibitory factor, and ciliary neurotrophic factor downregulate …": a term
  // whose list goes on in names the lexicon has no term for is a listed member, as one before "and" is.)
  // ("IL-1, TNF-α and other factors induce …": so is one before a closing "and other …".)
  let closed = listGoesOnAfter(v, i) || closedByOthers(v, i);
  for (;;) {
    if (j > 0 && appliesTreatment(v, j - 1)) { j -= 1; g.ents.unshift(j); g.first = j; continue; }
    if (j > 0 && toks[j - 1].post.trim() === '+' && isEnt(v, j - 1)) { j -= 1; g.ents.unshift(j); g.first = j; continue; } // "IL-4+IL-13"
    const slashed = j > 0 && toks[j - 1].post.trim() === '/' && isEnt(v, j - 1) ? j - 1 : j > 1 && isSlash(v, j - 1) && isEnt(v, j - 2) ? j - 2 : -1;
    if (slashed >= 0 && dividesRatio(v, slashed, j)) return ratioNumerator(slashed, g);
    if (slashed >= 0) { j = slashed; g.ents.unshift(j); g.first = j; continue; }
    const measuredPrev = measuredMemberBefore(v, j);
    if (measuredPrev >= 0) { j = measuredPrev; g.ents.unshift(j); g.first = j; closed = true; continue; }
    const start = describedMemberStart(v, j);
    // ("bone repair, and their depletion delays …": a possessive pronoun opens a phrase of its own; it is
    // no member of a list.)
    if (isPossessiveReference(v, start)) break;
    const before = coordinatorEndingAt(v, start - 1);
    if (before > 0 && isEnt(v, start - 1 - before) && !opensClauseAfter(v, start - 1 - before, i)) { j = start - 1 - before; g.ents.unshift(j); g.first = j; closed = true; continue; }
    if (closed && isEnt(v, j - 1) && hasComma(toks[j - 1]) && !closesBothPair(v, j - 1)) { j -= 1; g.ents.unshift(j); g.first = j; continue; }
    // ("ALP, collagen, osteopontin", "ALP, collagen and osteopontin": past a listed word the lexicon has no term for.)
    const plain = j > 0 && hasComma(toks[j - 1]) ? j - 1 : before > 0 ? start - 1 - before : -1;
    if (plain > 1 && plainListMember(v, plain) && isEnt(v, plain - 1) && hasComma(toks[plain - 1]) && (plain === j - 1 || !opensClauseAfter(v, plain - 1, i))) { j = plain - 1; g.ents.unshift(j); g.first = j; closed = true; continue; }
    // ("TNF-α, IL-7, leukemia inhibitory factor, and IL-13 downregulate …": past listed names of a few words.)
    const listed = (closed || before > 0) && plain > 0 ? listedTermBefore(v, plain) : -1;
    if (listed >= 0 && !opensClauseAfter(v, listed, i)) { j = listed; g.ents.unshift(j); g.first = j; closed = true; continue; }
    break;
  }
  return g;
}

/**
 * "cultured with both TNF-α and IL-4, osteoclast formation and bone resorption were …": the term at k ends
 * a "both … and …" pair, which is complete; the comma after it ends the pair's phrase, not a list's member.
 */
function closesBothPair(v: SentenceView, k: number): boolean {
  const before = coordinatorEndingAt(v, k - 1);
  if (before <= 0 || !isEnt(v, k - 1 - before)) return false;
  return word(v, groupLeft(v, k - 1 - before).first - 1) === 'both';
}

/** Most words of a listed name the lexicon has no term for ("ciliary neurotrophic factor"). */
const LISTED_NAME_WORDS = 3;
/** Most such names passed between two listed terms. */
const LISTED_NAMES = 4;

/** A word of a listed name: no term, verb, preposition, determiner or coordinator, and no clause end. */
function listedNameWord(v: SentenceView, k: number): boolean {
  const t = v.toks[k];
  if (t === undefined || t.ent !== undefined || endsClause(t) || !/^[\p{L}\p{N}]/u.test(t.text)) return false;
  const w = word(v, k);
  return !PREPOSITIONS.has(w) && !DETERMINERS.has(w) && coordinatorAt(v, k) === 0 && w !== 'such' && !isVerbAt(v, k) && !t.tags.has('Pronoun') && !t.tags.has('Adverb');
}

/**
 * The listed term before names the lexicon has no term for, each set off by commas, the last of them
 * ending at `last`: "TNF-α, IL-7, leukemia inhibitory factor," reached from its end gives TNF-α's token,
 * or -1.
 */
function listedTermBefore(v: SentenceView, last: number): number {
  let end = last;
  for (let names = 0; names < LISTED_NAMES; names++) {
    const start = listedNameStart(v, end);
    if (start < 1 || !hasComma(v.toks[start - 1])) return -1;
    if (isEnt(v, start - 1)) return start - 1;
    end = start - 1;
  }
  return -1;
}

/** The start of a listed name of up to LISTED_NAME_WORDS words ending at e, or -1. */
function listedNameStart(v: SentenceView, e: number): number {
  if (!listedNameWord(v, e)) return -1;
  let s = e;
  while (s > 0 && e - s + 1 < LISTED_NAME_WORDS && !hasComma(v.toks[s - 1]) && listedNameWord(v, s - 1)) s--;
  return s;
}

/** The end of a listed name of up to LISTED_NAME_WORDS words starting at k, or -1. */
function listedNameEnd(v: SentenceView, k: number): number {
  if (!listedNameWord(v, k)) return -1;
  let e = k;
  while (e - k + 1 < LISTED_NAME_WORDS && !hasComma(v.toks[e]) && listedNameWord(v, e + 1)) e++;
  return e;
}

/**
 * The next listed term past names the lexicon has no term for, starting at k right after a comma:
 * "interleukin 12 p40, inducible nitric oxide synthase and IL-6" gives IL-6, reached through a coordinator
 * (the list's last member). Undefined when something else comes first.
 */
function termPastListedNames(v: SentenceView, k: number): { term: number; coordinated: boolean } | undefined {
  let at = k;
  for (let names = 0; names < LISTED_NAMES; names++) {
    const e = listedNameEnd(v, at);
    if (e < 0) return undefined;
    const next = e + 1;
    const coord = coordinatorAt(v, next);
    // ("…, gingival tissue destruction, and alveolar bone loss": the last member may come with a bare modifier.)
    const last = coord > 0 ? describedMemberAt(v, next + coord) : -1;
    if (coord > 0 && (isEnt(v, next + coord) || last >= 0)) return { term: isEnt(v, next + coord) ? next + coord : last, coordinated: true };
    if (!hasComma(v.toks[e])) return undefined;
    if (isEnt(v, next)) return { term: next, coordinated: false };
    at = next;
  }
  return undefined;
}

/** Most tokens of names a list may go on in after a term (listGoesOnAfter). */
const LIST_TAIL_REACH = 16;

/**
 * Does the list go on after term i in names the lexicon has no term for, up to a coordinator and a last
 * such name ("IFN-β, leukemia inhibitory factor, and ciliary neurotrophic factor")?
 */
function listGoesOnAfter(v: SentenceView, i: number): boolean {
  if (!hasComma(v.toks[i])) return false;
  let coordinated = false;
  for (let k = i + 1; k < v.n && k <= i + LIST_TAIL_REACH; k++) {
    const coord = coordinatorAt(v, k);
    if (coord > 0) {
      if (coordinated) return false;
      coordinated = true;
      k += coord - 1;
      continue;
    }
    // The list ends where its own verb starts (not a participle with "by": "… responsiveness shown by …"
    // describes the last name).
    if (!listedNameWord(v, k)) return coordinated && isVerbAt(v, k) && word(v, k + 1) !== 'by';
  }
  return false;
}

/** Does a closing "and other …" / "or other …" follow the term at i ("TNF-α and other factors")? */
function closedByOthers(v: SentenceView, i: number): boolean {
  const coord = coordinatorAt(v, i + 1);
  return coord > 0 && word(v, i + 1 + coord) === 'other' && v.toks[i + 2 + coord]?.ent === undefined;
}

/** A one-word member of a list the lexicon has no term for ("collagen" in "ALP, collagen and osteopontin"). */
function plainListMember(v: SentenceView, p: number): boolean {
  return isPlainNoun(v, p) && !DETERMINERS.has(word(v, p)) && !endsClause(v.toks[p]) && !PREPOSITIONS.has(word(v, p));
}

/** "their" standing for a term named before it (coreference.ts): the term's token holds the pronoun's text. */
function isPossessiveReference(v: SentenceView, i: number): boolean {
  const t = v.toks[i];
  if (t?.ent === undefined || mentionOf(v, i).ref !== true) return false;
  const written = v.text.slice(t.ostart, t.oend).toLowerCase();
  return written === 'their' || written === 'its';
}

/** A group spanning both: the union of a left and a right group around the same member. */
export function joinGroups(left: Group, right: Group): Group {
  return { first: left.first, last: right.last, ents: [...new Set([...left.ents, ...right.ents])] };
}
