/**
 * Text from outside (file names, manuscripts, user lexicons) never reaches the terminal raw: an escape
 * sequence in a file name could recolour, retitle or clear the terminal, a newline could forge a line.
 * Every such character is shown in one readable form, `\u001b` (the JSON escape, for every format).
 * Which characters those are is the core's (src/core/unsafeText.ts): its exports escape the same.
 */
import { TERMINAL_UNSAFE, unicodeEscape } from '../core/unsafeText';

export { escapeJsonText } from '../core/unsafeText';

/** One piece of a message (a file name, a message, a lexicon label) with every unsafe character escaped. */
export function escapeControls(text: string): string {
  return text.replace(TERMINAL_UNSAFE, unicodeEscape);
}
