/**
 * A modifier written once for coordinated heads after it: "bone formation and resorption", "bone
 * formation, remodelling and resorption". The later head alone ("resorption") names the term the first
 * term's modifier makes with it ("bone resorption"), when that phrase, as a whole, is a process the matcher
 * knows; the mention spans the head alone. The mirror of elidedHeads.ts, where the head is shared.
 * Only between processes: "M2 macrophages and cytokines" does not make "M2 cytokines".
 */
import type { Mention } from './matcher';
import type { WholeTerm } from './elidedHeads';
import { mentionFinder } from './mentionFinder';

/** Most heads read after one term ("formation, remodelling, mineralization and resorption"). */
const LIST_REACH = 4;

// linear: one anchored separator (a comma with an optional conjunction, or a conjunction), then one word.
const NEXT_HEAD = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|and\/or)\s+)(\p{L}[\p{L}-]*)(?![\p{L}\d-])/u;

/** How many characters after a term the next head is looked for. */
const HEAD_WINDOW = 60;

/** The first words of a multi-word term's text ("bone" of "bone formation"), or undefined for one word. */
function modifierOf(termText: string): string | undefined {
  const space = termText.lastIndexOf(' ');
  return space > 0 ? termText.slice(0, space) : undefined;
}

/** Adds the mentions of heads that share the modifier of a process term before them. */
export function addSharedModifiers(text: string, mentions: readonly Mention[], whole: WholeTerm, isProcess: (id: string) => boolean): Mention[] {
  const added: Mention[] = [];
  const mentionAt = mentionFinder(mentions);
  for (const term of mentions) {
    if (!isProcess(term.id)) continue;
    const modifier = modifierOf(text.slice(term.start, term.end));
    if (modifier === undefined) continue;
    let at = term.end;
    for (let k = 0; k < LIST_REACH; k++) {
      const next = NEXT_HEAD.exec(text.slice(at, at + HEAD_WINDOW));
      if (!next) break;
      const end = at + next[0].length;
      const start = end - next[1].length;
      if (mentionAt(start, end) !== undefined) break;
      const combined = whole(`${modifier} ${next[1]}`);
      if (!combined || combined.id === term.id || !isProcess(combined.id)) break;
      added.push({ start, end, id: combined.id, ids: combined.ids });
      at = end;
    }
  }
  if (added.length === 0) return [...mentions];
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
