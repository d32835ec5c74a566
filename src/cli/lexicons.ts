/**
 * Reading the --lexicon files. Compiling them (and the bundled lexicon itself) is the analysis side's
 * work (analysis.ts), loaded only when something is to be analysed or validated: a run whose files all
 * come from the cache loads no analysis code.
 */
import { formatMegabytes, LIMITS, MEGABYTE } from '../core/limits';
import { createHash } from './lazyCrypto';
import { InputError, readTextInput, type SizeLimit, type TextInput } from './input';

/**
 * One --lexicon file as read: its text, or why it could not be read (and is skipped). Its size and the
 * SHA-256 of its bytes key the compiled-lexicon cache; the text is decoded when first read (a lexicon
 * whose compiled form comes from the cache is never decoded), and then the bytes are let go.
 */
export type LexiconSource = { path: string; readonly text: string; size?: number; digest?: () => string } | { path: string; problem: string };

/** Lexicons have their own limit: --max-size is about manuscripts. */
export const LEXICON_LIMIT: SizeLimit = {
  maxBytes: LIMITS.lexiconMaxMb * MEGABYTE,
  tooLarge: (bytes) => `lexicon file is ${bytes === undefined ? 'over' : `${(bytes / MEGABYTE).toFixed(1)} MB, over`} the ${formatMegabytes(LIMITS.lexiconMaxMb * MEGABYTE)} MB limit for lexicon files`,
};

/** Reads each --lexicon file once, in the order given. */
export function readLexiconSources(paths: readonly string[]): LexiconSource[] {
  return paths.map((path) => {
    try {
      let input: TextInput | undefined = readTextInput(path, LEXICON_LIMIT);
      const size = input.bytes.length;
      let digest: string | undefined;
      let text: string | undefined;
      const hash = (bytes: Uint8Array): string => (digest ??= createHash('sha256').update(bytes).digest('hex'));
      return {
        path,
        size,
        digest: () => digest ?? hash((input as TextInput).bytes),
        get text(): string {
          if (text === undefined) {
            const read = input as TextInput;
            hash(read.bytes); // before the bytes go: a cache may still ask for it
            text = read.text();
            input = undefined; // the bytes (14 MB for a large lexicon) are not kept beside the text
          }
          return text;
        },
      };
    } catch (err) {
      return { path, problem: err instanceof InputError ? `${err.message} (lexicon skipped)` : String(err) };
    }
  });
}
