/**
 * Build step: the V8 code cache of dist/cli-analysis.js (dist/cli-analysis.js.cache), which
 * `mechlens check` hands to V8 so it does not compile the analysis bundle at every start
 * (src/cli/codeCache.ts). Run in a fresh Node process with no flags, as the command line runs (V8 takes
 * a cache only from the same Node build with the same flags), and after checking the example draft, so
 * the cache also holds the functions a check runs, not only the bundle's top level.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Analysis from '../src/cli/analysis';
import { codeCacheOf, compileBundle, runBundle } from '../src/cli/codeCache';

export function main(root: string): number {
  const file = join(root, 'dist', 'cli-analysis.js');
  const script = compileBundle(file);
  const analysis = runBundle(script, file) as typeof Analysis;
  const checker = analysis.createChecker(analysis.compileLexicons([]).lexicon, undefined);
  checker.check(readFileSync(join(root, 'examples', 'draft.md'), 'utf8'), 'markdown');
  writeFileSync(codeCacheOf(file), script.createCachedData());
  return 0;
}
