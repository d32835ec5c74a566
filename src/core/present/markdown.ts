/** Markdown helpers for text we show inside VS Code: user and lexicon text is escaped, never trusted. */

/** Escapes characters Markdown would interpret, so text reads literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~$&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
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
]);
