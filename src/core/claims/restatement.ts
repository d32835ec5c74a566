/**
 * An effect of the sentence before, named again: "IL-4 inhibited osteoclast formation. This inhibitory
 * effect was associated with …", "… The decrease became apparent after 24 hours", "… However, the
 * mechanism of this action remains unclear". A definite phrase naming an effect, with no terms of its own
 * to act on, stands for a claim with a direction that the sentence before read; the sentence takes that
 * effect as given, so it restates the claim. This crosses sentences, so it is read here, from the claims
 * of the sentence before (the analyser passes them), not by a rule of one sentence's view.
 *
 * Only a sentence with no claim of its own restates, and only one effect it can name without doubt: of
 * the direction its words give ("this inhibitory effect", "the decrease"), else the one effect the
 * sentence before read. A restatement is secondary to the claim it repeats: its confidence keeps an
 * opposite verdict below the warning line (the sentence before carries the warning).
 */
import { extractionConfidence } from '../confidence';
import type { Sign } from '../lexicon/relations';
import { EFFECT_ADJECTIVES, INQUIRY_VERB_FORMS, NOMINAL_CUES, PREPOSITIONS, SHOWN_CHANGE_NOUNS } from './grammar';
import { sentenceFrameAtChar } from './sentence/polarity';
import { buildView, type ExtractionLexicon } from './sentence/view';
import type { SentenceMention } from './tokens';
import type { ExtractedClaim } from './types';

export const RESTATEMENT_RULE = 'effect-restatement';
/** Base confidence of a restated claim (with the earlier-sentence reach: 0.68, under the default warning line of 0.7). */
const RESTATEMENT_BASE = 0.85;

/** The nouns that may name an effect again: effects, actions, and changes (their direction is the grammar's `nominalCues`). */
const EFFECT_WORDS: readonly string[] = ['effect', 'effects', 'action', 'actions', 'inhibition', 'suppression', 'decrease', 'reduction', 'increase', 'enhancement', 'induction', 'stimulation'];

// linear: a determiner, at most two words, and one noun of a fixed alternation, each run of letters bounded by blanks.
const ANAPHOR = new RegExp(`(?<![\\p{L}\\p{N}-])(this|these|the|such(?:\\s+an?)?)\\s+((?:[\\p{L}-]+\\s+){0,2}?)(${EFFECT_WORDS.join('|')})(?![\\p{L}\\p{N}-])`, 'giu');

/** The same phrase, tested once (a regular expression with no state of its own between calls). */
// linear: the same bounded phrase as ANAPHOR.
const MAY_RESTATE = new RegExp(ANAPHOR.source, 'iu');

/** Does the sentence have a phrase that may name an earlier effect again (so the sentence before matters to it)? */
export function mayRestate(text: string): boolean {
  return MAY_RESTATE.test(text);
}

/** The direction a phrase's words give the effect it names: its adjectives ("inhibitory") and its noun ("decrease"). */
function phraseSign(words: string, noun: string): Sign {
  let sign = (NOMINAL_CUES[noun] ?? 0) as Sign;
  for (const w of words.toLowerCase().split(/\s+/)) {
    const s = EFFECT_ADJECTIVES[w] ?? SHOWN_CHANGE_NOUNS[w] ?? NOMINAL_CUES[w];
    if (s !== undefined && s !== 0) sign = s as Sign;
  }
  return sign;
}

/** Most effects a plural phrase ("these effects") restates at once. */
const MAX_NAMED_EFFECTS = 3;

/**
 * The claims with a direction of the sentence before that a phrase of this direction may name: one effect, or
 * none. A plural phrase ("these effects") names every effect of the sentence before when one actor had them
 * all ("the beneficial effects of MSCs in alleviating renal injury and accelerating tissue repair").
 */
function namedEffects(earlier: readonly ExtractedClaim[], sign: Sign, plural: boolean): ExtractedClaim[] {
  // (An effect the sentence before bound to its condition, agreement-only there, is restated as such.)
  const candidates = earlier.filter((c) => c.kind === 'interaction' && c.object !== undefined && c.sign !== 0 && !c.negated && (sign === 0 || c.sign === sign));
  const byEffect = new Map(candidates.map((c) => [`${c.subject}|${c.object}|${c.sign}`, c] as const));
  if (byEffect.size === 1) return [candidates[candidates.length - 1]];
  const oneActor = new Set(candidates.map((c) => c.subject)).size === 1;
  return plural && oneActor && byEffect.size <= MAX_NAMED_EFFECTS ? [...byEffect.values()] : [];
}

// "… was (found to be) (partly) mediated by": the passive that names what carries the effect.
// linear: fixed words and at most two optional bounded groups, each run of letters bounded by blanks.
const MEDIATED_BY = /^\s+(?:was|were|is|are)\s+(?:(?:found|shown|demonstrated)\s+to\s+be\s+)?(?:(?:partly|partially|mainly|largely|mostly)\s+)?mediated\s+by\s/i;

/**
 * "This inhibitory effect was found to be mediated by TNF-α and IL-1β": the terms after "mediated by" carry
 * the effect, so each does to the effect's object what the effect did (not from the effect's source cell).
 */
function carriersOf(effect: ExtractedClaim, text: string, end: number, mentions: readonly SentenceMention[]): ExtractedClaim[] {
  const by = MEDIATED_BY.exec(text.slice(end));
  if (by === null) return [];
  const from = end + by[0].length;
  const seen = new Set<string>([effect.subject]);
  const out: ExtractedClaim[] = [];
  for (const m of mentions) {
    if (m.start < from || seen.has(m.id) || m.ambiguous || m.id === effect.object) continue;
    seen.add(m.id);
    const { source: _source, ...context } = effect.context;
    const span = { start: m.start, end: m.end };
    out.push({ ...effect, subject: m.id, context, span, subjectSpan: span });
  }
  return out;
}

/** Words that may stand between the determiner and the noun: adjectives ("inhibitory", "observed"), no term, preposition or conjunction. */
function plainModifiers(words: string, start: number, end: number, mentions: ReadonlyArray<Pick<SentenceMention, 'start'>>): boolean {
  if (mentions.some((t) => t.start >= start && t.start < end)) return false;
  return words.toLowerCase().split(/\s+/).filter(Boolean).every((w) => !PREPOSITIONS.has(w) && w !== 'and' && w !== 'or');
}

/**
 * The claims a sentence restates from the sentence before (`earlier`: its claims). `mentions` are the
 * sentence's own terms. "This effect", "these effects", "such an effect" point back; "the effect",
 * "the decrease" only standing alone ("the effect of IL-6 on Y" names an effect of its own, and "the
 * protective effect of MSCs" may be a topic as much as a reference). A demonstrative's phrase may name
 * the effect's own actor ("this effect of MSCs"), no other term. Nothing is restated inside a question
 * or an aim ("we investigated whether such effects …").
 */
export function restatedClaims(text: string, mentions: readonly SentenceMention[], lexicon: ExtractionLexicon, earlier: readonly ExtractedClaim[]): ExtractedClaim[] {
  if (earlier.length === 0) return [];
  for (const m of text.matchAll(ANAPHOR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!plainModifiers(m[2], start, end, mentions)) continue;
    const noun = m[3].toLowerCase();
    const effects = namedEffects(earlier, phraseSign(m[2], noun), /s$/.test(noun));
    if (effects.length === 0) continue;
    const effect = effects[0];
    const after = /^\s+(?:of|on|by|in)\s/.exec(text.slice(end));
    if (after && m[1].toLowerCase() === 'the') continue;
    const owner = after ? mentions.find((t) => t.start >= end + after[0].length - 1 && t.start <= end + after[0].length + 4) : undefined;
    if (after && owner !== undefined && owner.id !== effect.subject) continue;
    // ("… the aim was to investigate this effect": an effect a study sets out to examine is asked about.)
    if (INQUIRY_VERB_FORMS.has(text.slice(Math.max(0, start - 30), start).trimEnd().split(/\s+/).pop()?.toLowerCase() ?? '')) continue;
    if (sentenceFrameAtChar(buildView(text, [...mentions], lexicon), start).skip) return [];
    const span = { start, end };
    return effects.flatMap((named) => {
      const restated: ExtractedClaim = {
        ...named, span, subjectSpan: span, objectSpan: span, cueSpan: undefined, cueText: undefined,
        rule: RESTATEMENT_RULE, reach: 'earlier-sentence', confidence: extractionConfidence(RESTATEMENT_BASE, 'earlier-sentence'),
      };
      return [restated, ...carriersOf(restated, text, end, mentions)];
    });
  }
  return [];
}
