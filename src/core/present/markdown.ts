/** Markdown helpers for text we show inside VS Code: user and lexicon text is escaped, never trusted. */

/**
 * Control characters (C0 with tab and newline, DEL, C1) and the invisible ones that reorder or break a
 * line (bidirectional marks, overrides and isolates; line and paragraph separators).
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/**
 * Escapes characters Markdown would interpret, so text reads literally; control characters are shown
 * as visible `\u001b`-style escapes (a newline would start a new Markdown block, an override would
 * reorder the line).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~$&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`))
    .replace(CONTROLS, (c) => `\\\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A `command:` link to one of our own commands; arguments are JSON, URI-encoded. */
export function commandLink(label: string, command: string, args: unknown[] = []): string {
  const query = args.length > 0 ? `?${encodeURIComponent(JSON.stringify(args))}` : '';
  return `[${escapeMarkdown(label)}](command:${command}${query})`;
}

/** The commands hover Markdown may link to; the host trusts exactly these. */
export const TRUSTED_COMMANDS = Object.freeze([
  'mechlens.openEntry',
  'mechlens.showMechanisms',
  'mechlens.insertMechanism',
  'mechlens.showMap',
]);
