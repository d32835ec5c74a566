/**
 * The characters a terminal may act on, shared by the command line (which escapes them in everything
 * it prints) and the core's exports (which write them in each format's own escaped form, so an export
 * piped to a terminal is as safe as a report and its data unchanged).
 *
 * C0 controls (tab and newline included: inside a message they would break the one-line format), DEL,
 * C1 controls (U+009B is a one-character CSI for some terminals), and the invisible characters that
 * reorder or break a line: bidirectional marks, embeddings, overrides and isolates, line and paragraph
 * separators.
 */
export const TERMINAL_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** Characters JSON.stringify leaves raw that a terminal may act on (it escapes C0 itself). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** One character as a `\u…` escape (the JSON escape, which the command line uses for every format). */
export function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * JSON text whose strings may hold unsafe characters: they are written as `\u…` escapes, which JSON
 * parsers read back to the same characters, so the data is unchanged.
 */
export function escapeJsonText(json: string): string {
  return json.replace(UNSAFE_IN_JSON, unicodeEscape);
}
