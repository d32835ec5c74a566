/**
 * The analysis side of the command line (the analyser, compromise and the bundled lexicon: ./analysis),
 * loaded the first time it is needed — never when every file comes from the cache. In the build it is
 * dist/cli-analysis.js, required through the code cache the build made for it (./codeCache), which
 * spares most of its compilation at every start; from source (tests, tsx) it is a plain require.
 */
import { join } from 'node:path';
import type * as Analysis from './analysis';
import { requireWithCodeCache } from './codeCache';

/** Defined (true) by the build in dist/cli.js, whose analysis side is dist/cli-analysis.js beside it. */
declare const MECHLENS_BUNDLE: boolean | undefined;

let loaded: typeof Analysis | undefined;

export function loadAnalysis(): typeof Analysis {
  loaded ??= typeof MECHLENS_BUNDLE === 'boolean' ? (requireWithCodeCache(join(__dirname, 'cli-analysis.js')) as typeof Analysis) : (require('./analysis') as typeof Analysis);
  return loaded;
}
