/**
 * A catalogue of hostile manuscripts for `npm run fuzz`: each builds a document of about a given size
 * from one pattern that once made some scanner super-linear (runs of markup openers, blanks, unclosed
 * groups, dense terms, long words), plus unremarkable prose around it.
 */

export interface HostileInput {
  name: string;
  languageId: 'markdown' | 'latex' | 'plaintext';
  /** A document of about `size` characters. */
  make(size: number): string;
}

const CLAIM = 'IL-4 promotes NFATc1 in osteoclast precursors.';
const TERMS = ['IL-4', 'TNF-α', 'NFATc1', 'RANKL', 'IL-6', 'macrophages', 'MSCs', 'osteoclastogenesis', 'IFN-γ', 'BMP-2'];

/** `unit` repeated to about `size` characters, then a claim that must still be read. */
const repeat = (unit: string, size: number, tail = `\n\n${CLAIM}\n`): string => unit.repeat(Math.max(1, Math.floor(size / unit.length))) + tail;

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  { name: 'backticks in a line', languageId: 'markdown', make: (n) => `Markers ${repeat('`', n, '')} end.\n\n${CLAIM}\n` },
  { name: 'backtick pairs', languageId: 'markdown', make: (n) => repeat('``a`', n) },
  { name: 'opening brackets', languageId: 'markdown', make: (n) => repeat('[', n) },
  { name: 'link openers', languageId: 'markdown', make: (n) => repeat('[a](', n) },
  { name: 'image openers', languageId: 'markdown', make: (n) => repeat('![a](', n) },
  { name: 'footnote openers', languageId: 'markdown', make: (n) => repeat('[^', n) },
  { name: 'autolink openers', languageId: 'markdown', make: (n) => repeat('<http:', n) },
  { name: 'HTML tag openers', languageId: 'markdown', make: (n) => repeat('<a b ', n) },
  { name: 'HTML comment openers', languageId: 'markdown', make: (n) => `${CLAIM}\n\n${repeat('<!--', n, '')}` },
  { name: 'dollars', languageId: 'markdown', make: (n) => repeat('$ a', n) },
  { name: 'lines of blanks', languageId: 'markdown', make: (n) => repeat(`${' '.repeat(60_000)}\n`, n) },
  { name: 'table rows of blanks', languageId: 'markdown', make: (n) => repeat(`|${' '.repeat(5000)}\n`, n) },
  { name: 'one line of blanks', languageId: 'markdown', make: (n) => repeat(' ', n) },
  { name: 'question then Unicode blanks', languageId: 'plaintext', make: (n) => `Does IL-4 promote NFATc1?${repeat('\u2003', n, 'x.')}\n\n${CLAIM}\n` },
  { name: 'suppression comments', languageId: 'markdown', make: (n) => repeat(`${CLAIM} <!-- mechlens-disable-line il-4>nfatc1 -->\n`, n) },
  { name: 'one long claim key', languageId: 'markdown', make: (n) => `${CLAIM} <!-- mechlens-disable-line ${'a'.repeat(n)} -->\n` },
  { name: 'terms in one sentence', languageId: 'plaintext', make: (n) => `${Array.from({ length: Math.floor(n / 8) }, (_, i) => TERMS[i % TERMS.length]).join(', ')} promote bone.\n\n${CLAIM}\n` },
  { name: 'terms in short sentences', languageId: 'plaintext', make: (n) => repeat(`${TERMS.join(' and ')} promote osteoclastogenesis. `, n) },
  { name: 'one long word', languageId: 'plaintext', make: (n) => `IL-4 promotes osteo${'a'.repeat(n)}.\n\n${CLAIM}\n` },
  { name: 'many unknown words', languageId: 'plaintext', make: (n) => `${Array.from({ length: Math.floor(n / 7) }, (_, i) => `Qz${i.toString(36)}k`).join(' ')}.\n\n${CLAIM}\n` },
  { name: 'tiny paragraphs', languageId: 'markdown', make: (n) => repeat('a.\n\n', n) },
  { name: 'blank lines', languageId: 'markdown', make: (n) => repeat('\n', n) },
  { name: 'dotted abbreviations', languageId: 'plaintext', make: (n) => repeat('a. ', n) },
  { name: 'unclosed \\section{', languageId: 'latex', make: (n) => repeat('\\section{', n) },
  { name: 'unclosed \\footnote{', languageId: 'latex', make: (n) => repeat(`\\footnote{${CLAIM} `, n) },
  { name: 'unclosed braces', languageId: 'latex', make: (n) => repeat('{', n) },
  { name: 'unclosed \\cite[', languageId: 'latex', make: (n) => repeat('\\cite[', n) },
  { name: 'unclosed \\(', languageId: 'latex', make: (n) => repeat('\\( a ', n) },
  { name: 'dollars in LaTeX', languageId: 'latex', make: (n) => repeat('$ a\n\n', n) },
  { name: 'comment markers', languageId: 'latex', make: (n) => repeat('% a\n', n) },
  { name: '\\verb without its closer', languageId: 'latex', make: (n) => repeat('\\verb|a ', n) },
  { name: 'environments left open', languageId: 'latex', make: (n) => `${CLAIM}\n\n${repeat('\\begin{equation}', n, '')}` },
  { name: 'long cite keys in a sentence', languageId: 'latex', make: (n) => `IL-4 \\cite{${'k'.repeat(n)}} promotes NFATc1.\n` },
  { name: 'lone carriage returns', languageId: 'plaintext', make: (n) => repeat(`${CLAIM}\r`, n) },
  { name: 'commas and ands', languageId: 'plaintext', make: (n) => `IL-4 promotes NFATc1${', and'.repeat(Math.floor(n / 5))}.\n` },
];
