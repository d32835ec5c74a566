/**
 * "The juxtacrine interaction of macrophages and BMSCs activated IL-6 signalling": the subject is one member
 * of a pair whose meeting acts. The effect belongs to the pair; it agrees with what the review says of either
 * member but does not contradict it (the review may give that member alone the opposite effect).
 */
import { JOINT_ACTION_NOUNS } from '../grammar';
import type { ExtractedClaim } from '../types';
import type { SentenceView } from './view';
import { isVerbAt, tokenAtOffset, word } from './words';

/** Most words from the meeting noun's preposition to the claim's subject ("of primary mouse macrophages and | BMSCs"). */
const MEMBER_REACH = 8;

/** Prepositions that open the pair after the meeting noun ("interaction of / between A and B"). */
const PAIR_OPENERS: ReadonlySet<string> = new Set(['of', 'between', 'among']);

/** Is the claim's subject a member of "interaction (of | between) A and B", the pair being the actor? */
export function subjectIsJointMember(v: SentenceView, c: ExtractedClaim): boolean {
  if (!c.subjectSpan || !c.cueSpan) return false;
  const subject = tokenAtOffset(v, c.subjectSpan.start);
  const cue = tokenAtOffset(v, c.cueSpan.start);
  if (subject >= cue) return false;
  for (let j = subject - 1; j >= 1 && j >= subject - MEMBER_REACH; j--) {
    if (isVerbAt(v, j)) return false;
    if (PAIR_OPENERS.has(word(v, j))) return JOINT_ACTION_NOUNS.has(word(v, j - 1)) && pairJoined(v, j + 1, cue);
  }
  return false;
}

/** An "and" (or "with") joining two members between the preposition and the cue. */
function pairJoined(v: SentenceView, from: number, cue: number): boolean {
  for (let k = from; k < cue; k++) if (word(v, k) === 'and' || word(v, k) === 'with') return true;
  return false;
}
