/**
 * Random manuscripts for the fuzz suite: fragments of domain prose (terms, cue verbs, citations),
 * of Markdown and LaTeX markup (opened and closed or left open), of awkward text (line breaks of
 * every kind, surrogate pairs and lone halves, Unicode blanks, control characters) strung together,
 * and edits that insert, delete or replace such fragments anywhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

/** How many documents and edits a run tries: a short run in `npm test`, a long one in `npm run fuzz`. */
export const RUNS = Number(process.env.MECHLENS_FUZZ_RUNS ?? 150);

export const LANGUAGES = ['markdown', 'latex', 'plaintext'] as const;
export type Language = (typeof LANGUAGES)[number];

const PROSE = [
  'IL-4', 'TNF-α', 'TNF-alpha', 'NFATc1', 'RANKL', 'RANK', 'OPG', 'IL-6', 'IFN-γ', 'TSG-6', 'M1 macrophages', 'M2 macrophages',
  'MSCs', 'mesenchymal stem cells (MSCs)', 'osteoclastogenesis', 'osteogenic differentiation', 'BMP-2', 'PGE2', 'IL-10',
  'promotes', 'inhibits', 'induces', 'suppressed', 'did not increase', 'enhanced', 'attenuated', 'is required for',
  'may promote', 'reduces', 'activates', 'via', 'through', 'in', 'of', 'and', 'but', 'whereas', 'not', 'it', 'these cells',
  'the', 'a', 'We found that', 'In contrast,', 'However,', 'Notably,', 'high doses of', 'under hypoxia', 'in mice',
  ' ', ' ', ' ', ', ', '. ', '.', '? ', '! ', '; ', ': ', ' [104]', '[12,13]', ' (Fig. 2)', ' et al.', ' e.g. ', '(', ')', '"',
  '\n', '\n', '\n\n', '\r\n', '\r', '\r\n\r\n', '\t', '    ',
];

const AWKWARD = [
  'α', 'β', 'γ', 'κ', 'é', '😀', '𝛼', '\uD800', '\uDC00', '\u2003', '\u00a0', '\u200b', '\u3000', '\u0000', '\u001b[31m', '\u0007',
  '\uFEFF', 'ﬁ', 'İ', 'ß', '–', '—', '’', '…', 'mechlens-disable-line', 'mechlens-disable-next-line', 'il-4>nfatc1', '__proto__',
  'constructor', 'toString', 'a'.repeat(40), 'Osteoclastogenesiss', 'osteoprotgerin', 'NFATC1', '-'.repeat(12), '.'.repeat(8),
];

const MARKDOWN = [
  '`', '``', '```', '```\n', '~~~\n', '<!--', '-->', '<!-- mechlens-disable-line -->', '<!-- mechlens-disable-next-line il-4>nfatc1 -->',
  '<', '>', '<b>', '</b>', '<span class="x">', '<LOD', '[', ']', '](', '](http://x.org/IL-4)', '[text][ref]', '![', '![alt](img.png)',
  '[^1]', '[^1]: ', '$', '$$', '$\\alpha$', '$\\toString$', '$\\constructor$', '|', '| a | b |\n', '|---|---|\n', '---\n', '***\n',
  '# ', '## ', '- ', '* ', '1. ', '> ', '    ', 'http://example.org/TNF-α', '<https://x.org>', '\\', '*', '_', '**',
];

const LATEX = [
  '\\section{', '\\subsection*{', '\\footnote{', '\\caption[', '{', '}', '\\cite{', '\\citep[p.~3]{', '\\ref{', '\\label{', '\\(', '\\)',
  '\\[', '\\]', '$', '$$', '%', '% mechlens-disable-line', '\\%', '\\verb|', '\\verb+%$+', '|', '\\begin{equation}', '\\end{equation}',
  '\\begin{verbatim}', '\\end{verbatim}', '\\begin{itemize}', '\\item ', '\\end{itemize}', '\\emph{', '\\textbf{', '~', '&', '\\\\',
  '$\\alpha$', 'TNF-$\\alpha$', 'IFN-$\\gamma$', '$\\toString$', '$\\constructor$', '\\alpha', '\\usepackage{x}', '\\', '\\unknown',
];

const FRAGMENTS: Record<Language, string[]> = {
  markdown: [...PROSE, ...PROSE, ...AWKWARD, ...MARKDOWN],
  latex: [...PROSE, ...PROSE, ...AWKWARD, ...LATEX],
  plaintext: [...PROSE, ...PROSE, ...AWKWARD, ...MARKDOWN.slice(0, 12), ...LATEX.slice(0, 12)],
};

/** Real-looking starting points: the bundled example draft and the command-line fixtures. */
const ROOT = join(__dirname, '..', '..');
const SEEDS: Record<Language, string[]> = {
  markdown: [readFileSync(join(ROOT, 'examples', 'draft.md'), 'utf8'), readFileSync(join(ROOT, 'test', 'fixtures', 'cli', 'clean.md'), 'utf8')],
  latex: [readFileSync(join(ROOT, 'test', 'fixtures', 'cli', 'paper.tex'), 'utf8')],
  plaintext: [readFileSync(join(ROOT, 'test', 'fixtures', 'cli', 'contradiction.txt'), 'utf8')],
};

export const fragment = (language: Language): fc.Arbitrary<string> =>
  fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...FRAGMENTS[language]) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) });

/** A document strung together from fragments. */
const composed = (language: Language): fc.Arbitrary<string> =>
  fc.array(fc.tuple(fragment(language), fc.constantFrom(' ', ' ', ' ', '')), { maxLength: 400, size: 'large' })
    .map((parts) => parts.map(([text, gap]) => text + gap).join(''));

export interface Edit {
  /** Where, as a fraction of the text's length (so an edit fits any text). */
  at: number;
  /** Characters removed there, at most. */
  remove: number;
  insert: string;
}

export const edit = (language: Language): fc.Arbitrary<Edit> =>
  fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(60)),
    insert: fc.oneof(fc.constant(''), fragment(language), fc.array(fragment(language), { maxLength: 6 }).map((p) => p.join(''))),
  });

export function applyEdit(text: string, e: Edit): string {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

/** A seed document mutated by a few edits: real structure, broken in random places. */
const mutated = (language: Language): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...SEEDS[language]), fc.array(edit(language), { maxLength: 8 })).map(([seed, edits]) => edits.reduce(applyEdit, seed));

export const documentIn = (language: Language): fc.Arbitrary<string> => fc.oneof({ weight: 3, arbitrary: composed(language) }, { weight: 1, arbitrary: mutated(language) });

export const document = fc.constantFrom(...LANGUAGES).chain((language) => documentIn(language).map((text) => ({ language, text })));

/** Edits per session: a run of RUNS edits is RUNS / EDITS_PER_SESSION sessions. */
export const EDITS_PER_SESSION = 10;

/** A starting document and a sequence of edits made to it, as an author would (one at a time). */
export const editSession = fc.constantFrom(...LANGUAGES).chain((language) =>
  fc.record({
    language: fc.constant(language),
    text: documentIn(language),
    edits: fc.array(edit(language), { minLength: EDITS_PER_SESSION, maxLength: EDITS_PER_SESSION }),
  }));
