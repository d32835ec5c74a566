// The parts of @citation-js/plugin-bibtex that Mechlens uses (the package ships no types).
declare module '@citation-js/plugin-bibtex/lib/input/file.js' {
  export interface RawBibEntry { type: string; label: string; properties: Record<string, string | number> }
  export function parse(text: string): RawBibEntry[];
}
declare module '@citation-js/plugin-bibtex/lib/input/entries.js' {
  import type { RawBibEntry } from '@citation-js/plugin-bibtex/lib/input/file.js';
  export function parse(entries: RawBibEntry[]): Array<Record<string, unknown>>;
}
declare module '@citation-js/core/lib/util/grammar.js' {
  export const Grammar: unknown;
}
declare module '@citation-js/core/lib/util/translator.js' {
  export const Translator: unknown;
}
