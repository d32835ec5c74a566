/**
 * A worker thread of Check Workspace (dist/server.js loaded in a worker thread): the service the server
 * answers from, built from the same user lexicons, checks each closed file's text it is sent with the
 * run's settings and replies with the findings. The server makes the diagnostics from them (their codes
 * link to entry files only the server writes).
 */
import type * as Threads from 'node:worker_threads';
import { answerChecks } from '../cli/pool';
import { createMechlensService, schemeLinks, type Findings } from '../service';
import { bundledCore } from './bundledCore';
import { serverLexiconStore } from './lexiconStore';
import type { WorkerCheckSetup } from './workspaceCheck';

export const CHECK_WORKER_ROLE = 'mechlens-workspace-check';

export interface CheckWorkerSetup extends WorkerCheckSetup {
  role: typeof CHECK_WORKER_ROLE;
  /** The server's compiled-lexicon cache, if it has one: a large lexicon's form, written there by the server, is read back, not compiled again. */
  lexiconCache?: { root: string; build: string };
}

export function serveWorkspaceChecks(setup: CheckWorkerSetup): void {
  const port = (require('node:worker_threads') as typeof Threads).parentPort;
  if (port === null) return;
  const { lexiconCache } = setup;
  const lexiconStore = lexiconCache === undefined ? undefined : serverLexiconStore(lexiconCache.root, lexiconCache.build, { readOnly: true });
  // The service needs links; none is made here, as no diagnostic is (the server makes them from the findings).
  const service = createMechlensService({ core: bundledCore, links: schemeLinks(), actions: { exceptionCommand: false }, lexiconStore });
  service.setUserLexicons(setup.lexicons);
  answerChecks<Findings>(port, (text, languageId) => {
    // What the server's own checkText would read (no uri: Check Workspace gives closed files no citation findings).
    const { diagnostics, claims } = service.checkText(text, languageId, setup.settings).result;
    return { diagnostics, claims };
  });
}
