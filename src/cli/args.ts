/** Command-line parsing: `mechlens check|lexicon|map [options] [FILE…|TERM]`. No analysis here. */
import { LIMITS } from '../core/limits';
import { CHECK_FORMAT_NAMES, CHECK_FORMATS, isCheckFormat, type CheckFormatName } from './format/formats';
import { isLexiconFormat, LEXICON_FORMAT_NAMES, LEXICON_FORMATS } from './lexiconFormats';

export type Format = CheckFormatName;

export interface CheckArgs {
  command: 'check';
  format: Format;
  lexicons: string[];
  /** --bibliography files (.bib, CSL-JSON) the checked files cite from. */
  bibliographies: string[];
  language?: 'markdown' | 'latex' | 'plaintext';
  hints: boolean;
  maxSizeMb: number;
  /** Contradictions at or above this confidence are warnings (undefined: the core's default). */
  minConfidence?: number;
  /** Reuse the results of unchanged files from the cache file (and write it). */
  cache: boolean;
  /** The cache file (`--cache-location`); undefined: .mechlenscache in the current directory. */
  cacheLocation?: string;
  /** Files checked at once, each in a worker thread (`--jobs`); undefined: as many as the files, the cores and 4 allow. */
  jobs?: number;
  files: string[];
}

export interface LexiconArgs {
  command: 'lexicon';
  /** A name of LEXICON_FORMATS. */
  format: string;
  lexicons: string[];
}

export interface MapArgs {
  command: 'map';
  /** An entity's id, label or any spelling of it. */
  term: string;
  /** Steps from the term to the furthest entity drawn. */
  depth: number;
  /** Where the SVG goes (undefined: standard output). */
  output?: string;
  lexicons: string[];
}

export type Args = CheckArgs | LexiconArgs | MapArgs | { command: 'help' } | { command: 'version' };

/** `map --depth`: further than 3 steps the neighbourhood is most of the review, too crowded to read. */
export const MAX_MAP_DEPTH = 3;

export class UsageError extends Error {}

/** One line per format: its name and what it writes. */
function formatLines(formats: Readonly<Record<string, { description: string }>>): string {
  return Object.entries(formats).map(([name, f]) => `  ${name.padEnd(8)} ${f.description}\n`).join('');
}

export const USAGE = `Usage:
  mechlens check [--format ${CHECK_FORMAT_NAMES.join('|')}] [--lexicon FILE]... [--language markdown|latex|plaintext]
                 [--hints] [--max-size MB] [--min-confidence 0..1] [--jobs N]
                 [--cache] [--cache-location FILE] [--bibliography FILE]... FILE... | -
  mechlens lexicon [--format ${LEXICON_FORMAT_NAMES.join('|')}] [--lexicon FILE]...
  mechlens map TERM [--depth N] [--output FILE] [--lexicon FILE]...
  mechlens lsp [--stdio]
  mechlens --help | --version

check    finds claims in manuscripts and judges them against the bundled review lexicon.
         --min-confidence sets the line between a warning and a "possible contradiction"
         (information); the default is 0.7. --max-size is the largest manuscript, standard
         input included (default ${LIMITS.manuscriptMaxMb} MB); a lexicon file may have ${LIMITS.lexiconMaxMb} MB.
         --jobs checks that many files at once in worker threads (default: 1 on one or two
         cores, else one per file up to the cores less one and 4). --cache keeps each file's result in
         --cache-location (default .mechlenscache) and reuses it while the file, the lexicons,
         the settings and the Mechlens version are unchanged. --bibliography names a .bib or
         CSL-JSON file the manuscripts cite from: JSON claims then list the keys their sentence
         cites, and a contradiction whose sentence cites the review says so.
         Exit status: 0 no contradiction, 1 contradictions found, 2 usage or input error, or the
         report could not be written (a full disk; a reader that stopped early, quietly).
lexicon  prints the compiled lexicon (with any --lexicon files added), or exports the review's
         network for other tools.
map      draws the review's entities within --depth steps (1 to ${MAX_MAP_DEPTH}, default 1) of TERM (an id,
         a label or any spelling) as SVG, to standard output or --output FILE. An unknown term
         exits with status 2 and says which terms are spelled like it.
lsp      runs the language server on standard input and output, for any editor with an LSP
         client (settings come as the "mechlens" section of workspace/configuration).

Formats of check:
${formatLines(CHECK_FORMATS)}
Formats of lexicon:
${formatLines(LEXICON_FORMATS)}`;

export const DEFAULT_MAX_SIZE_MB: number = LIMITS.manuscriptMaxMb;

/** "a, b or c". */
export function oneOf(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function takeValue(argv: string[], i: number, flag: string): string {
  const v = argv[i + 1];
  if (v === undefined || (v.startsWith('--') && v !== '-')) throw new UsageError(`${flag} needs a value`);
  return v;
}

export function parseArgs(argv: readonly string[]): Args {
  const args = [...argv];
  if (args.length === 0) throw new UsageError('no command given (try "mechlens check FILE" or "mechlens --help")');
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command !== 'check' && command !== 'lexicon' && command !== 'map') throw new UsageError(`unknown command "${command}" (expected "check", "lexicon" or "map")`);
  let format: string | undefined;
  const lexicons: string[] = [];
  const bibliographies: string[] = [];
  let language: string | undefined;
  let hints = false;
  let maxSizeMb = DEFAULT_MAX_SIZE_MB;
  let minConfidence: number | undefined;
  let cache = false;
  let cacheLocation: string | undefined;
  let jobs: number | undefined;
  let depth: number | undefined;
  let output: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = takeValue(rest, i, flag);
      i++;
      return v;
    };
    if (flag === '--format' || flag === '-f') format = value();
    else if (flag === '--lexicon' || flag === '-l') lexicons.push(value());
    else if (flag === '--language') language = value();
    else if (flag === '--bibliography') bibliographies.push(value());
    else if (flag === '--hints') hints = true;
    else if (flag === '--max-size') {
      const v = Number(value());
      if (!Number.isFinite(v) || v <= 0) throw new UsageError('--max-size takes a positive number of megabytes');
      maxSizeMb = v;
    } else if (flag === '--min-confidence') {
      const v = Number(value());
      if (!Number.isFinite(v) || v < 0 || v > 1) throw new UsageError('--min-confidence takes a number from 0 to 1');
      minConfidence = v;
    } else if (flag === '--jobs') {
      const raw = value();
      const v = Number(raw);
      if (!/^\d+$/.test(raw) || !Number.isSafeInteger(v) || v < 1) throw new UsageError('--jobs takes a whole number of at least 1');
      jobs = v;
    } else if (flag === '--depth') {
      const raw = value();
      const v = Number(raw);
      if (!/^\d+$/.test(raw) || v < 1 || v > MAX_MAP_DEPTH) throw new UsageError(`--depth takes a whole number from 1 to ${MAX_MAP_DEPTH}`);
      depth = v;
    } else if (flag === '--output' || flag === '-o') output = value();
    else if (flag === '--cache' && inline === undefined) cache = true;
    else if (flag === '--cache-location') cacheLocation = value();
    else if (flag === '--help' || flag === '-h') return { command: 'help' };
    else if (a === '--') {
      for (const f of rest.slice(i + 1)) files.push(f); // no push(...list): a long argument list would overflow the stack
      i = rest.length;
    }
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}"`);
    else files.push(a);
  }
  if (command !== 'map' && (depth !== undefined || output !== undefined)) {
    throw new UsageError(`${depth !== undefined ? '--depth' : '--output'} is an option of "mechlens map", not of "mechlens ${command}"`);
  }
  if (command === 'map') return mapArgs(files, { format, depth, output, lexicons });
  if (command === 'lexicon') {
    if (files.length > 0) throw new UsageError(`"mechlens lexicon" takes no files (got "${files[0]}"); use --lexicon FILE to add one`);
    if (format !== undefined && !isLexiconFormat(format)) throw new UsageError(`--format for "lexicon" is ${oneOf(LEXICON_FORMAT_NAMES)}, not "${format}"`);
    return { command: 'lexicon', format: format ?? 'text', lexicons };
  }
  if (format !== undefined && !isCheckFormat(format)) throw new UsageError(`--format is ${oneOf(CHECK_FORMAT_NAMES)}, not "${format}"`);
  if (language !== undefined && language !== 'markdown' && language !== 'latex' && language !== 'plaintext') {
    throw new UsageError(`--language is markdown, latex or plaintext, not "${language}"`);
  }
  if (files.length === 0) throw new UsageError('no file to check (give one or more files, or - for standard input)');
  return { command: 'check', format: (format ?? 'text') as Format, lexicons, bibliographies, language: language as CheckArgs['language'], hints, maxSizeMb, minConfidence, cache, cacheLocation, jobs, files };
}

function mapArgs(terms: readonly string[], o: { format?: string; depth?: number; output?: string; lexicons: string[] }): MapArgs {
  if (terms.length === 0) throw new UsageError('"mechlens map" needs a term (an id, a label or a spelling: mechlens map IL-4)');
  if (terms.length > 1) throw new UsageError(`"mechlens map" draws one term (got "${terms[0]}" and "${terms[1]}"; quote a term with spaces)`);
  if (o.format !== undefined && o.format !== 'svg') throw new UsageError(`"mechlens map" writes SVG only, not "${o.format}"`);
  return { command: 'map', term: terms[0], depth: o.depth ?? 1, ...(o.output !== undefined ? { output: o.output } : {}), lexicons: o.lexicons };
}
