/**
 * A worker thread of `--jobs`: compiles the lexicons once, then checks each text the main thread sends
 * and replies with its result. It never writes to the process's streams.
 */
import type * as Threads from 'node:worker_threads';
import type { FileResult } from './format/types';
import { LexiconCache, type LexiconCacheOptions } from './lexiconCache';
import { workerSource, type WorkerLexicon } from './lexicons';
import { loadAnalysis } from './loadAnalysis';
import { answerChecks } from './pool';

export const WORKER_ROLE = 'mechlens-check';

/**
 * What a worker is set up with: the --lexicon files to add (already validated by the main thread), the
 * compiled-lexicon cache to read their forms from (if any), and the settings.
 */
export interface WorkerSetup {
  role: typeof WORKER_ROLE;
  lexicons: WorkerLexicon[];
  lexiconCache?: LexiconCacheOptions;
  minConfidence: number | undefined;
  bibliographies?: Array<{ path: string; text: string }>;
}

export function serveChecks(setup: WorkerSetup): void {
  const port = (require('node:worker_threads') as typeof Threads).parentPort;
  if (port === null) return;
  // Loaded here, not at the top: the main thread bundles this module too and must not load the analyser to start.
  const analysis = loadAnalysis();
  // The --lexicon files the main thread found valid, added in the same order: those it has read from
  // their text, the others from the compiled-lexicon cache (by their metadata, as the main thread did).
  const store = setup.lexiconCache === undefined ? undefined : new LexiconCache({ ...setup.lexiconCache, readOnly: true });
  const { lexicon } = analysis.compileLexicons(setup.lexicons.map(workerSource), { forIndex: true, store });
  const checker = analysis.createChecker(lexicon, setup.minConfidence, setup.bibliographies ?? []);
  answerChecks<FileResult>(port, (text, languageId) => checker.check(text, languageId));
}
