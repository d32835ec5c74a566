/**
 * JSON for the exports: compact, one element a line (a statement, a node, an edge), written element
 * by element, never the document as one string; and terminal safe: characters a terminal acts on are
 * `\u…` escapes, which JSON readers read back unchanged.
 */
import { escapeJsonText } from '../../unsafeText';

/** One value as compact JSON. */
export function json(value: unknown): string {
  return escapeJsonText(JSON.stringify(value));
}

/**
 * Writes a JSON array item by item, one item a line: `[`, the items, `]`. The items need not exist
 * together (each file's statements are written before the next file is read).
 */
export class JsonArrayPieces {
  private count = 0;

  open(): string {
    return '[';
  }

  item(value: unknown): string {
    return `${this.count++ === 0 ? '' : ','}\n${json(value)}`;
  }

  close(): string {
    return this.count === 0 ? ']\n' : '\n]\n';
  }
}
