/** CSL-JSON bibliographies (Zotero's and Pandoc's export): an array of items, or `{"items": […]}`. */
import { entryOfCsl } from './csl';
import type { BibEntry, BibProblem } from './types';

/** The 0-based line of a character offset. */
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split(/\r\n|\r|\n/).length - 1;

export function parseCslJson(text: string): { entries: BibEntry[]; problems: BibProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    const position = /position (\d+)/.exec(message);
    return { entries: [], problems: [{ line: position ? lineAt(text, Number(position[1])) : 0, message: `not valid JSON: ${message}` }] };
  }
  const items = Array.isArray(data) ? data : Array.isArray((data as { items?: unknown })?.items) ? (data as { items: unknown[] }).items : undefined;
  if (!items) return { entries: [], problems: [{ line: 0, message: 'a CSL-JSON bibliography is an array of items' }] };
  const entries: BibEntry[] = [];
  const problems: BibProblem[] = [];
  items.forEach((item, i) => {
    if (!item || typeof item !== 'object') {
      problems.push({ line: 0, message: `item ${i + 1} is not an object` });
      return;
    }
    // The item's line: where its id is written (the first occurrence after the previous item's).
    const id = String((item as Record<string, unknown>).id ?? '');
    const at = id ? text.indexOf(JSON.stringify(id)) : -1;
    const entry = entryOfCsl(item as Record<string, unknown>, at >= 0 ? lineAt(text, at) : 0);
    if (entry) entries.push(entry);
    else problems.push({ line: 0, message: `item ${i + 1} has no id` });
  });
  return { entries, problems };
}
