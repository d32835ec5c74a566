/**
 * A worker thread of `--jobs`: compiles the lexicons once, then checks each text the main thread sends
 * and replies with its result. It never writes to the process's streams.
 */
import type * as Threads from 'node:worker_threads';
import { LexiconCache } from './lexiconCache';
import { workerSource } from './lexicons';
import { loadAnalysis } from './loadAnalysis';
import type { CheckReply, CheckRequest, WorkerSetup } from './pool';

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
  port.on('message', (request: CheckRequest) => {
    let reply: CheckReply;
    try {
      reply = { id: request.id, result: checker.check(request.text, request.languageId) };
    } catch (err) {
      reply = { id: request.id, error: err instanceof Error ? err.stack ?? err.message : String(err) };
    }
    port.postMessage(reply);
  });
}
