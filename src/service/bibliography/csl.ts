/** CSL-JSON items (what both parsers end with) as Mechlens's entries. */
import type { BibEntry } from './types';

/** LaTeX's `{\\'\\i}` arrives as a dotless i with a combining accent: composed, it is the í authors meant. */
const composed = (s: string): string => s.replace(/ı(?=[\u0300-\u036f])/g, 'i').normalize('NFC');

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? composed(v) : typeof v === 'number' ? String(v) : undefined);

function nameOf(n: unknown): string | undefined {
  if (!n || typeof n !== 'object') return undefined;
  const { family, given, literal } = n as Record<string, unknown>;
  if (str(literal)) return str(literal);
  if (str(family)) return str(given) ? `${str(family)}, ${str(given)}` : str(family);
  return undefined;
}

function yearOf(issued: unknown): number | undefined {
  if (!issued || typeof issued !== 'object') return undefined;
  const parts = (issued as { 'date-parts'?: unknown })['date-parts'];
  const y = Array.isArray(parts) && Array.isArray(parts[0]) ? Number(parts[0][0]) : Number((issued as { raw?: unknown }).raw?.toString().slice(0, 4));
  return Number.isInteger(y) && y > 0 ? y : undefined;
}

/** One CSL item as an entry; undefined when it has no key. */
export function entryOfCsl(item: Record<string, unknown>, line: number): BibEntry | undefined {
  const key = str(item['citation-key']) ?? str(item.id);
  if (!key) return undefined;
  const entry: BibEntry = { key, type: str(item.type) ?? 'misc', authors: Array.isArray(item.author) ? item.author.map(nameOf).filter((n): n is string => n !== undefined) : [], line };
  const title = str(item.title);
  if (title) entry.title = title;
  const year = yearOf(item.issued);
  if (year) entry.year = year;
  const doi = str(item.DOI) ?? str(item.doi);
  if (doi) entry.doi = doi;
  const container = str(item['container-title']);
  if (container) entry.container = container;
  return entry;
}
