/**
 * Reading the --lexicon files. Compiling them (and the bundled lexicon itself) is the analysis side's
 * work (analysis.ts), loaded only when something is to be analysed or validated: a run whose files all
 * come from the cache loads no analysis code.
 */
import { formatMegabytes, LIMITS, MEGABYTE } from '../core/limits';
import { InputError, readTextInput, type SizeLimit } from './input';

/**
 * One --lexicon file as read: its text, or why it could not be read (and is skipped). Its bytes, when
 * read from a file, key the compiled-lexicon cache; the text is decoded when first read (a lexicon
 * whose compiled form comes from the cache is never decoded).
 */
export type LexiconSource = { path: string; readonly text: string; bytes?: Uint8Array } | { path: string; problem: string };

/** Lexicons have their own limit: --max-size is about manuscripts. */
export const LEXICON_LIMIT: SizeLimit = {
  maxBytes: LIMITS.lexiconMaxMb * MEGABYTE,
  tooLarge: (bytes) => `lexicon file is ${bytes === undefined ? 'over' : `${(bytes / MEGABYTE).toFixed(1)} MB, over`} the ${formatMegabytes(LIMITS.lexiconMaxMb * MEGABYTE)} MB limit for lexicon files`,
};

/** Reads each --lexicon file once, in the order given. */
export function readLexiconSources(paths: readonly string[]): LexiconSource[] {
  return paths.map((path) => {
    try {
      const input = readTextInput(path, LEXICON_LIMIT);
      return { path, bytes: input.bytes, get text(): string { return input.text(); } };
    } catch (err) {
      return { path, problem: err instanceof InputError ? `${err.message} (lexicon skipped)` : String(err) };
    }
  });
}
