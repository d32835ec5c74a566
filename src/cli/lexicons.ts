/** Loads the bundled lexicon and any user lexicon files; a broken user file is reported and skipped. */
import bundled from '../../generated/lexicon.json';
import { compileLexicon, formatIssue, mergeLexicons, type CompiledLexicon } from '../core';
import { InputError, readTextFile } from './input';

export function bundledLexicon(): CompiledLexicon {
  return bundled as unknown as CompiledLexicon;
}

export interface LoadedLexicons {
  lexicon: CompiledLexicon;
  /** One line per problem; the files they name were skipped. */
  problems: string[];
}

export function loadLexicons(paths: readonly string[]): LoadedLexicons {
  let lexicon = bundledLexicon();
  const problems: string[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = readTextFile(path, 20 * 1048576);
    } catch (err) {
      problems.push(err instanceof InputError ? `${err.message} (lexicon skipped)` : String(err));
      continue;
    }
    const { lexicon: extra, issues } = compileLexicon([{ file: path, text }], { base: lexicon });
    if (issues.length > 0) {
      problems.push(...issues.map((i) => `${formatIssue(i)} (lexicon skipped)`));
      continue;
    }
    lexicon = mergeLexicons(lexicon, extra);
  }
  return { lexicon, problems };
}
