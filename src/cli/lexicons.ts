/** Loads the bundled lexicon and any user lexicon files; a broken user file is reported and skipped. */
import bundled from '../../generated/lexicon.json';
import { compileLexicon, formatIssue, mergeLexicons, type CompiledLexicon } from '../core';
import { formatMegabytes, LIMITS, MEGABYTE } from '../core/limits';
import { InputError, readTextFile, type SizeLimit } from './input';

export function bundledLexicon(): CompiledLexicon {
  return bundled as unknown as CompiledLexicon;
}

export interface LoadedLexicons {
  lexicon: CompiledLexicon;
  /** One line per problem (at most LIMITS.lexiconMaxIssues and a count per file); the files they name were skipped. */
  problems: string[];
}

/** Lexicons have their own limit: --max-size is about manuscripts. */
export const LEXICON_LIMIT: SizeLimit = {
  maxBytes: LIMITS.lexiconMaxMb * MEGABYTE,
  tooLarge: (bytes) => `lexicon file is ${bytes === undefined ? 'over' : `${(bytes / MEGABYTE).toFixed(1)} MB, over`} the ${formatMegabytes(LIMITS.lexiconMaxMb * MEGABYTE)} MB limit for lexicon files`,
};

export function loadLexicons(paths: readonly string[]): LoadedLexicons {
  let lexicon = bundledLexicon();
  const problems: string[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = readTextFile(path, LEXICON_LIMIT);
    } catch (err) {
      problems.push(err instanceof InputError ? `${err.message} (lexicon skipped)` : String(err));
      continue;
    }
    const { lexicon: extra, issues } = compileLexicon([{ file: path, text }], { base: lexicon });
    if (issues.length > 0) {
      for (const i of issues) problems.push(`${formatIssue(i)} (lexicon skipped)`);
      continue;
    }
    lexicon = mergeLexicons(lexicon, extra);
  }
  return { lexicon, problems };
}
