/**
 * Text from outside (file names, manuscripts, user lexicons) never reaches the terminal raw: an escape
 * sequence in a file name could recolour, retitle or clear the terminal, a newline could forge a line.
 * Every such character is shown in one readable form, `\u001b` (the JSON escape, for every format).
 */

/**
 * C0 controls (tab and newline included: inside a message they would break the one-line format), DEL,
 * C1 controls (U+009B is a one-character CSI for some terminals), and the invisible characters that
 * reorder or break a line: bidirectional marks, embeddings, overrides and isolates, line and paragraph
 * separators.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** Characters JSON.stringify leaves raw that a terminal may act on (it escapes C0 itself). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

function escapeOne(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** One piece of a message (a file name, a message, a lexicon label) with every unsafe character escaped. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/**
 * JSON text whose strings may hold unsafe characters: they are written as `\u…` escapes, which JSON
 * parsers read back to the same characters, so the data is unchanged.
 */
export function escapeJsonText(json: string): string {
  return json.replace(UNSAFE_IN_JSON, escapeOne);
}
