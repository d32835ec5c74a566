/**
 * The claim of a term put to use, shared by the rules that read one ("MSCs have been used in the treatment of
 * osteoarthritis", "stem cells have been employed in regenerative medicine"): the subject of the predicate
 * of use acts on what it is used for, unless the use is denied ("have not been used for …" says nothing of
 * what the term would do).
 */
import type { Sign } from '../../lexicon/relations';
import { emitPairs, type ClaimSink } from '../sink';
import { hasComma } from '../tokens';
import { subjectBefore } from './args';
import { clauseStart } from './clauses';
import type { Group } from './groups';
import { polarity, sentenceFrame } from './polarity';
import { contextFor } from './qualifiers';
import type { SentenceView } from './view';
import { isAdverbish } from './words';

export interface UseReading {
  /** Where the predicate of use starts (its copula or verb of having, or the participle itself). */
  readonly predicate: number;
  /** The cue word ("used", "interest", "potential") and the last token of the phrase that leads to the target. */
  readonly at: number;
  readonly lastAt: number;
  readonly target: Group;
  readonly sign: Sign;
  readonly relation: string;
}

/** Is the term ending at `last` a modifier of a plain noun right after it ("bone resorption studies")? */
export function modifiesNounAfter(v: SentenceView, last: number): boolean {
  const t = v.toks[last + 1];
  return t !== undefined && !hasComma(v.toks[last]) && t.ent === undefined && t.tags.has('Noun') && !t.tags.has('Pronoun');
}

export function emitUseClaim(v: SentenceView, sink: ClaimSink, use: UseReading): void {
  const frame = sentenceFrame(v, use.at);
  if (frame.skip) return;
  let verb = use.predicate;
  while (verb > 0 && isAdverbish(v, verb - 1)) verb--;
  const cs = clauseStart(v, verb);
  const subject = subjectBefore(v, verb, cs);
  if (!subject || subject.reverse) return;
  const pol = polarity(v, subject.group.last + 1, use.at);
  if (pol.negated) return;
  emitPairs(v, sink, { at: use.at, lastAt: use.lastAt, relation: use.relation, sign: use.sign, lineage: undefined }, subject.group, use.target, use.sign, {
    negated: false, hedged: pol.hedged || frame.hedged, passive: false, ctx: contextFor(v, cs, use.target.last, subject.group),
  });
}
