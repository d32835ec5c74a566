/**
 * The key each spelling of an entity is matched by (normalizeKey, case kept for symbols), for the
 * compiler's check of shared spellings and for the index the matcher walks. A user lexicon has half a
 * million spellings: ASCII ones (most) are keyed in one scan, and a spelling that is its own key (a
 * symbol without blanks or hyphens) costs no new string. Worked out where needed, not kept: kept for
 * every entity, the keys would outweigh the lexicon.
 */
import { isCaseSensitiveVariant, normalizeKey } from '../normalize';
import type { CompiledEntity } from './types';

export interface SpellingKeys {
  /** The key of each synonym, in order ('' for a spelling with no letters or digits). */
  readonly keys: readonly string[];
  /** Whether each synonym keeps its case (symbols). */
  readonly caseKept: readonly boolean[];
}

/** The key a spelling is matched by (case kept for symbols). */
export function keyOf(spelling: string): string {
  return normalizeKey(spelling, isCaseSensitiveVariant(spelling));
}

export function synonymKeys(entity: CompiledEntity): SpellingKeys {
  const keys: string[] = [];
  const caseKept: boolean[] = [];
  for (const s of entity.synonyms) {
    // ASCII: case is kept when an uppercase letter follows the first character, and the key drops
    // blanks and hyphens (normalizeKey's rules for ASCII text).
    let kept = false;
    let upper = false;
    let separator = false;
    let ascii = true;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        ascii = false;
        break;
      }
      if (c >= 65 && c <= 90) {
        upper = true;
        if (i > 0) kept = true;
      } else if (c === 45 || c === 32 || c === 10 || c === 9 || c === 13) separator = true;
    }
    if (!ascii) {
      kept = isCaseSensitiveVariant(s);
      keys.push(normalizeKey(s, kept));
    } else {
      const key = separator ? normalizeKey(s, true) : s;
      keys.push(!kept && upper ? key.toLowerCase() : key);
    }
    caseKept.push(kept);
  }
  return { keys, caseKept };
}
